package org.servicechain.agreements;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One numbered version of an agreement's terms, kept for ever (AGREE-3). The terms are
 * stored as JSON so that every version can be shown and compared exactly as it was
 * proposed.
 */
@Entity
@Table(name = "agreement_terms")
class TermsVersion {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int number;

	@Column(name = "terms_json", nullable = false, length = 100000)
	private String termsJson;

	@Enumerated(EnumType.STRING)
	@Column(name = "proposed_by", length = 20)
	private @Nullable Side proposedBy;

	@Column(nullable = false, length = 60)
	private String author;

	@Column(length = 1000)
	private @Nullable String note;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected TermsVersion() {
		this.id = UUID.randomUUID();
		this.termsJson = "{}";
		this.author = "";
		this.createdAt = Instant.EPOCH;
	}

	TermsVersion(int number, String termsJson, @Nullable Side proposedBy, String author, @Nullable String note,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.termsJson = termsJson;
		this.proposedBy = proposedBy;
		this.author = author;
		this.note = note;
		this.createdAt = createdAt;
	}

	int getNumber() {
		return this.number;
	}

	String getTermsJson() {
		return this.termsJson;
	}

	@Nullable Side getProposedBy() {
		return this.proposedBy;
	}

	String getAuthor() {
		return this.author;
	}

	@Nullable String getNote() {
		return this.note;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	void redraft(String termsJson, String author, Instant at) {
		this.termsJson = termsJson;
		this.author = author;
		this.createdAt = at;
	}

	void proposedBy(Side side, @Nullable String note) {
		this.proposedBy = side;
		this.note = note;
	}

}
