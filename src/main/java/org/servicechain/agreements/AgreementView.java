package org.servicechain.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An agreement as the UI, the portal and the API show it: the header, the current terms,
 * the version in force, who accepted what, and the comment thread.
 *
 * @param currentNumber the latest version of the terms (on the table, or in force)
 * @param agreedNumber the version both sides accepted last, if any
 */
public record AgreementView(UUID id, long version, String reference, String title, AgreementKind kind,
		Formality formality, UUID providerId, String providerName, UUID consumerId, String consumerName,
		List<UUID> serviceIds, List<String> serviceNames, UUID calendarId, String calendarName, AgreementStatus status,
		@Nullable LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable LocalDate reviewOn,
		@Nullable String signedDocument, String owner, int currentNumber, @Nullable Integer agreedNumber,
		AgreementTerms terms, @Nullable Side currentProposedBy, List<VersionSummary> versions,
		List<AcceptanceView> acceptances, List<CommentView> comments, Instant createdAt) {

	/**
	 * @return whether the given side has accepted the current version.
	 */
	public boolean accepted(Side side) {
		return this.acceptances.stream()
			.anyMatch((acceptance) -> acceptance.side() == side && acceptance.termsNumber() == this.currentNumber);
	}

	public @Nullable AcceptanceView acceptanceOf(Side side) {
		return this.acceptances.stream()
			.filter((acceptance) -> acceptance.side() == side && acceptance.termsNumber() == this.currentNumber)
			.findFirst()
			.orElse(null);
	}

	public UUID partyOf(Side side) {
		return side == Side.PROVIDER ? this.providerId : this.consumerId;
	}

	public record VersionSummary(int number, @Nullable Side proposedBy, String author, @Nullable String note,
			Instant createdAt) {

	}

	public record AcceptanceView(int termsNumber, Side side, UUID contactId, String contactName, Instant acceptedAt,
			String recordedBy) {

	}

	public record CommentView(String author, String authorParty, String text, Instant createdAt) {

	}

}
