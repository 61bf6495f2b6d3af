package org.servicechain.privacy;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person's privacy record as shown and returned by the API.
 *
 * @param version 0 before anything was recorded
 * @param hasNeeds whether there are communication needs or adjustments to show to whoever
 * handles the person's requests
 */
public record PersonView(DataSubject.Kind kind, UUID id, long version, PersonDetails details,
		@Nullable String pseudonym, @Nullable Instant erasedAt, boolean hasNeeds) {

}
