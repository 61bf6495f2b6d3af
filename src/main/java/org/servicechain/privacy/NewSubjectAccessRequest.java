package org.servicechain.privacy;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A subject access request as recorded when it arrives.
 *
 * @param subjectKind {@code CONTACT} or {@code PERSON}
 * @param subjectId the contact's or the customer's id
 * @param receivedOn the day it was received (the deadline counts from it)
 * @param receivedVia how it was received
 * @param note what was asked, in the requester's words or a summary
 * @param handler the administrator's login name who handles it; the caller when empty
 */
public record NewSubjectAccessRequest(DataSubject.@Nullable Kind subjectKind, @Nullable UUID subjectId,
		@Nullable LocalDate receivedOn, @Nullable ReceivedVia receivedVia, @Nullable String note,
		@Nullable String handler) {

}
