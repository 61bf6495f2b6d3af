package org.servicechain.complaints;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;

/**
 * Something the customer wrote about their complaint after making it (a reply by mail):
 * kept apart from the complaint's history, whose entries are staff's words and drive the
 * step clocks, so the customer's words can be shown to the customer and erased with their
 * personal data.
 */
@Entity
@Table(name = "complaint_message")
class ComplaintMessage extends AssignedIdEntity {

	static final int MAX_BODY = 20000;

	@Id
	private UUID id;

	@Column(name = "complaint_id", nullable = false)
	private UUID complaintId;

	@Column(name = "contact_id")
	private @Nullable UUID contactId;

	@Column(nullable = false, length = 200)
	private String author;

	@Column(nullable = false, length = MAX_BODY)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ComplaintChannel channel;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy;

	protected ComplaintMessage() {
		this.id = UUID.randomUUID();
		this.complaintId = this.id;
		this.author = "";
		this.body = "";
		this.channel = ComplaintChannel.MAIL;
		this.writtenAt = Instant.EPOCH;
		this.recordedBy = "";
	}

	ComplaintMessage(UUID complaintId, @Nullable UUID contactId, String author, String body, ComplaintChannel channel,
			Instant writtenAt, String recordedBy) {
		this.id = UUID.randomUUID();
		this.complaintId = complaintId;
		this.contactId = contactId;
		this.author = cut(author, 200);
		this.body = cut(body, MAX_BODY);
		this.channel = channel;
		this.writtenAt = writtenAt;
		this.recordedBy = recordedBy;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID getComplaintId() {
		return this.complaintId;
	}

	@Nullable UUID getContactId() {
		return this.contactId;
	}

	String getAuthor() {
		return this.author;
	}

	String getBody() {
		return this.body;
	}

	Instant getWrittenAt() {
		return this.writtenAt;
	}

	/**
	 * Erasure: the author becomes the pseudonym and the person's identifiers in the text
	 * are replaced; when and how it was written stay.
	 */
	void pseudonymise(String pseudonym, UnaryOperator<@Nullable String> replace) {
		this.author = cut(pseudonym, 200);
		String replaced = replace.apply(this.body);
		this.body = (replaced != null) ? cut(replaced, MAX_BODY) : "";
	}

	ComplaintMessageView toView() {
		return new ComplaintMessageView(this.id, this.writtenAt, this.author, this.body, this.channel);
	}

	private static String cut(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

}
