package org.servicechain.reviews;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A new meeting series: a partner review names the party; a 1:1 names the person (login
 * name) and optionally the manager (the caller when absent).
 */
public record NewSeries(@Nullable MeetingKind kind, @Nullable String title, @Nullable Cadence cadence,
		@Nullable UUID partyId, @Nullable String person, @Nullable String manager) {

}
