package org.servicechain.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A review reminder as its recipient sees it.
 */
public record ReminderView(UUID id, UUID agreementId, String message, LocalDate reviewOn, Instant createdAt) {

}
