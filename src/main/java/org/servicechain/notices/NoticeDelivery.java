package org.servicechain.notices;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;

/**
 * One person of an affected party and one round of a notice: told (in the application or
 * by mail to an address, at a moment) or not reached, with why. Written in the
 * transaction that told them, so the list is exactly what left through the outbox.
 */
@Entity
@Table(name = "service_notice_delivery")
class NoticeDelivery extends AssignedIdEntity {

	static final String MAIL = "MAIL";

	static final String IN_APP = "IN_APP";

	static final String NONE = "NONE";

	@Id
	private UUID id;

	@Column(name = "notice_id", nullable = false)
	private UUID noticeId;

	@Column(name = "round_number", nullable = false)
	private int round;

	@Column(name = "party_id", nullable = false)
	private UUID partyId;

	@Column(name = "party_name", nullable = false, length = 300)
	private String partyName;

	/** {@code contact:<id>} or {@code user:<username>}: one person once per round. */
	@Column(name = "person_key", nullable = false, length = 150)
	private String personKey;

	@Column(name = "person_name", nullable = false, length = 200)
	private String personName;

	@Column(name = "contact_id")
	private @Nullable UUID contactId;

	@Column(length = 100)
	private @Nullable String username;

	@Column(length = 320)
	private @Nullable String address;

	@Column(length = 20)
	private @Nullable String preferred;

	@Column(nullable = false, length = 20)
	private String channel;

	@Column(length = 300)
	private @Nullable String note;

	@Column(name = "told_at", nullable = false)
	private Instant toldAt;

	protected NoticeDelivery() {
		this.id = UUID.randomUUID();
		this.noticeId = this.id;
		this.partyId = this.id;
		this.partyName = "";
		this.personKey = "";
		this.personName = "";
		this.channel = NONE;
		this.toldAt = Instant.EPOCH;
	}

	NoticeDelivery(UUID noticeId, int round, Audience.Person person, String channel, @Nullable String address,
			@Nullable String note, Instant at) {
		this();
		this.noticeId = noticeId;
		this.round = round;
		this.partyId = person.partyId();
		this.partyName = person.partyName();
		this.personKey = person.key();
		this.personName = person.name();
		this.contactId = person.contactId();
		this.username = person.username();
		this.address = (address != null) ? address : person.email();
		this.preferred = person.preferred();
		this.channel = channel;
		this.note = (note != null && note.length() > 300) ? note.substring(0, 299) + "…" : note;
		this.toldAt = at;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	int getRound() {
		return this.round;
	}

	/**
	 * @return the person as they were found when the notice was declared: updates go to
	 * them again.
	 */
	Audience.Person person() {
		return new Audience.Person(this.personKey, this.personName, this.partyId, this.partyName, this.contactId,
				this.username, this.address, this.preferred, NONE.equals(this.channel) ? this.note : null);
	}

	ServiceNoticeView.DeliveryView toView() {
		return new ServiceNoticeView.DeliveryView(this.round, this.partyId, this.partyName, this.personName,
				this.channel, MAIL.equals(this.channel) ? this.address : null, this.preferred, this.note, this.toldAt);
	}

}
