package org.servicechain.reviews;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An action agreed in a meeting: what, whose (a display name; whether the partner's side
 * owns it), by when.
 */
public record NewAction(@Nullable String description, @Nullable String owner, @Nullable Boolean partnerOwned,
		@Nullable LocalDate dueOn) {

}
