package org.servicechain.agreements.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import org.servicechain.agreements.AgreementHeader;
import org.servicechain.agreements.AgreementKind;
import org.servicechain.agreements.AgreementView;
import org.servicechain.agreements.Formality;

/**
 * Who an agreement is between, for what and when, as typed into the header form.
 */
record HeaderForm(@Nullable String title, @Nullable AgreementKind kind, @Nullable Formality formality,
		@Nullable UUID providerId, @Nullable UUID consumerId, @Nullable List<UUID> serviceIds,
		@Nullable UUID calendarId, @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewOn, @Nullable String signedDocument,
		@Nullable Long version) {

	static HeaderForm empty() {
		return new HeaderForm("", AgreementKind.UNDERPINNING_CONTRACT, Formality.FORMAL, null, null, List.of(), null,
				null, null, null, null, null);
	}

	static HeaderForm of(AgreementView agreement) {
		return new HeaderForm(agreement.title(), agreement.kind(), agreement.formality(), agreement.providerId(),
				agreement.consumerId(), agreement.serviceIds(), agreement.calendarId(), agreement.validFrom(),
				agreement.validUntil(), agreement.reviewOn(), agreement.signedDocument(), agreement.version());
	}

	HeaderForm withVersion(long newVersion) {
		return new HeaderForm(this.title, this.kind, this.formality, this.providerId, this.consumerId, this.serviceIds,
				this.calendarId, this.validFrom, this.validUntil, this.reviewOn, this.signedDocument, newVersion);
	}

	/**
	 * @return whether the service is ticked. Public for the template.
	 */
	public boolean covers(UUID serviceId) {
		return this.serviceIds != null && this.serviceIds.contains(serviceId);
	}

	/**
	 * @return what must be chosen or typed and was not, field by field, said for people
	 * (Bean Validation would say "must not be null").
	 */
	Map<String, String> missing() {
		Map<String, String> missing = new LinkedHashMap<>();
		if (this.title == null || this.title.isBlank()) {
			missing.put("title", "give the agreement a title");
		}
		if (this.providerId == null) {
			missing.put("providerId", "choose the provider");
		}
		if (this.consumerId == null) {
			missing.put("consumerId", "choose the consumer");
		}
		if (this.calendarId == null) {
			missing.put("calendarId", "choose the business calendar the targets are counted in");
		}
		if (this.serviceIds == null || this.serviceIds.isEmpty()) {
			missing.put("serviceIds", "tick at least one service the agreement covers");
		}
		return missing;
	}

	/**
	 * @return the header; what is missing is reported by Bean Validation of the result,
	 * field by field.
	 */
	AgreementHeader toHeader() {
		return new AgreementHeader(this.title == null ? "" : this.title.strip(), this.kind, this.formality,
				this.providerId, this.consumerId, this.serviceIds, this.calendarId, this.validFrom, this.validUntil,
				this.reviewOn, this.signedDocument, null);
	}

}
