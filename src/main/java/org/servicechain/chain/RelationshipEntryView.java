package org.servicechain.chain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A relationship log entry as shown on a party's page and in the API.
 */
public record RelationshipEntryView(UUID id, UUID partyId, LocalDate occurredOn, RelationshipKind kind, String summary,
		String recordedBy, Instant recordedAt) {

}
