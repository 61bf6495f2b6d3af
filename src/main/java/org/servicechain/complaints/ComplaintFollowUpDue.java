package org.servicechain.complaints;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A resolved complaint's follow-up is due today (CMP-2, assure): someone checks with the
 * customer that it stayed resolved. Published by the sweep once, for the notifications
 * module.
 *
 * @param owner the complaint's owner's login name, if it has one
 */
public record ComplaintFollowUpDue(UUID complaintId, String reference, LocalDate followUpOn, @Nullable String owner) {
}
