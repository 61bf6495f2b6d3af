package org.servicechain.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One complaint as its page and the API show it to the caller. Customers see what was
 * said to them and the proposed resolution; partners see no personal data unless a
 * referral to them shared it; only staff see the evidence, referrals and history.
 *
 * @param personalData whether the complainant's name, contact and words are shown
 * @param rights what the Consumer Rights Act 2015 gives the complainant, with the 30-day
 * short-term right to reject where it applies
 * @param finalResponseDueAt when the final response (the act step) is due
 * @param similar other complaints of the same complainant, service or cause (staff)
 * @param canHandle whether the caller takes the steps
 * @param canAnswer whether the caller may accept or reject the proposed resolution
 * @param messages what the customer wrote after making the complaint (by mail), oldest
 * first; for staff they are also in the history, in order
 */
public record ComplaintView(UUID id, long version, String reference, ComplaintStatus status, String summary,
		@Nullable String description, boolean personalData, String complainant, UUID complainantId, boolean internal,
		@Nullable String contactName, @Nullable String contactEmail, @Nullable String contactPhone,
		@Nullable String communicationNeeds, @Nullable UUID requestId, @Nullable String requestReference,
		@Nullable UUID serviceId, @Nullable String serviceName, @Nullable UUID responsiblePartyId,
		@Nullable String responsibleName, String category, Severity severity, CustomerWants wants,
		@Nullable Remedy wantedRemedy, @Nullable LocalDate goodsDeliveredOn, ComplaintChannel channel,
		@Nullable String owner, @Nullable String ownerName, Instant receivedAt, int policyNumber,
		@Nullable Instant finalResponseDueAt, List<StepView> steps, @Nullable String acknowledgement,
		@Nullable String apology, @Nullable Remedy remedy, @Nullable BigDecimal remedyValue,
		@Nullable String remedyDescription, @Nullable String customerResponse, @Nullable String customerComment,
		@Nullable LocalDate followUpOn, @Nullable Instant closedAt, @Nullable LocalDate referOutDeadline,
		@Nullable String ombudsmanName, ConsumerRightsPolicy.Rights rights, List<ReferralView> referrals,
		List<ComplaintEventView> history, List<ComplaintSummary> similar, long repeat, boolean canHandle,
		boolean canAnswer, List<ComplaintMessageView> messages) {

	public boolean open() {
		return this.status.open();
	}

	public boolean proposed() {
		return this.status == ComplaintStatus.RESOLUTION_PROPOSED;
	}

}
