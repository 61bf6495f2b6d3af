package org.servicechain.agreements;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A remark in an agreement's comment thread, by staff or by a partner user (AGREE-3).
 */
@Entity
@Table(name = "agreement_comment")
class Comment {

	@Id
	private UUID id;

	@Column(nullable = false, length = 60)
	private String author;

	@Column(name = "author_party", length = 120)
	private String authorParty;

	@Column(nullable = false, length = 4000)
	private String text;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Comment() {
		this.id = UUID.randomUUID();
		this.author = "";
		this.authorParty = "";
		this.text = "";
		this.createdAt = Instant.EPOCH;
	}

	Comment(String author, String authorParty, String text, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.author = author;
		this.authorParty = authorParty;
		this.text = text;
		this.createdAt = createdAt;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	AgreementView.CommentView toView() {
		return new AgreementView.CommentView(this.author, this.authorParty, this.text, this.createdAt);
	}

}
