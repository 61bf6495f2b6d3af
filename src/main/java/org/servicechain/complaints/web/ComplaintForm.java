package org.servicechain.complaints.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.complaints.CustomerWants;
import org.servicechain.complaints.NewComplaint;
import org.servicechain.complaints.Remedy;
import org.servicechain.complaints.Severity;

/**
 * The complaint entry form, staff's and the customer portal's: what was typed, kept when
 * the form is shown again with its errors.
 */
record ComplaintForm(@Nullable UUID complainant, @Nullable UUID requestId, @Nullable UUID serviceId,
		@Nullable UUID responsiblePartyId, @Nullable String category, @Nullable Severity severity,
		@Nullable CustomerWants wants, @Nullable Remedy wantedRemedy, @Nullable LocalDate goodsDeliveredOn,
		@Nullable String summary, @Nullable String description, @Nullable String contactName,
		@Nullable String contactEmail, @Nullable String contactPhone, @Nullable String communicationNeeds) {

	static ComplaintForm empty() {
		return new ComplaintForm(null, null, null, null, null, Severity.MEDIUM, CustomerWants.EXPLANATION, null, null,
				null, null, null, null, null, null);
	}

	ComplaintForm withComplainant(@Nullable UUID party) {
		return new ComplaintForm(party, this.requestId, this.serviceId, this.responsiblePartyId, this.category,
				this.severity, this.wants, this.wantedRemedy, this.goodsDeliveredOn, this.summary, this.description,
				this.contactName, this.contactEmail, this.contactPhone, this.communicationNeeds);
	}

	NewComplaint toCommand() {
		return new NewComplaint(this.complainant, this.requestId, this.serviceId, this.responsiblePartyId,
				text(this.category), this.severity, this.wants, this.wantedRemedy, this.goodsDeliveredOn,
				text(this.summary), text(this.description), this.contactName, this.contactEmail, this.contactPhone,
				this.communicationNeeds, null);
	}

	private static String text(@Nullable String value) {
		return (value == null) ? "" : value;
	}

}
