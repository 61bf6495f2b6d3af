package org.servicechain.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mails taken from the polled mailbox, one row per Message-ID (or content hash): the
 * record of what became of each, and the guard that makes handling a mail happen once.
 * The row is written first in the transaction that handles the mail, under a unique key,
 * so a second poll or a second instance handling the same mail at the same time fails on
 * the key (or waits for the first and then fails) and rolls back whatever it did.
 */
@Component
class MailInMessages {

	static final String RECEIVED = "RECEIVED";

	static final String REQUEST_CREATED = "REQUEST_CREATED";

	static final String REPLY_APPENDED = "REPLY_APPENDED";

	static final String COMPLAINT_CREATED = "COMPLAINT_CREATED";

	static final String IGNORED = "IGNORED";

	static final String QUARANTINED = "QUARANTINED";

	static final String DISCARDED = "DISCARDED";

	static final List<String> OUTCOMES = List.of(REQUEST_CREATED, COMPLAINT_CREATED, REPLY_APPENDED, IGNORED,
			QUARANTINED, DISCARDED);

	private static final String COLUMNS = "id, version, message_id, received_at, sender, sender_name, subject, "
			+ "size_bytes, outcome, reason, request_id, complaint_id, reference, contact_id, content is not null as kept, "
			+ "handled_at, handled_by";

	private final JdbcClient jdbc;

	MailInMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A mail as it came in, before anything was decided.
	 *
	 * @param key the Message-ID, or {@code sha256:…} of the content for a mail without
	 * one
	 * @param content the raw mail, kept while it may be released from quarantine;
	 * {@literal null} for one too large to keep
	 */
	record Received(String key, @Nullable String messageId, Instant receivedAt, @Nullable String sender,
			@Nullable String senderName, String subject, long size, byte @Nullable [] content) {

	}

	boolean handled(String key) {
		return this.jdbc.sql("select count(*) from mail_in_message where message_key = :key")
			.param("key", key)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Writes the row of a mail with its outcome; fails on the unique key when the mail
	 * was handled (or is being handled) already.
	 */
	UUID insert(Received mail, String outcome, @Nullable String reason, String by, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into mail_in_message (id, version, message_key, message_id, received_at, sender, sender_name, "
					+ "subject, size_bytes, outcome, reason, content, handled_at, handled_by) values (:id, 0, :key, "
					+ ":messageId, :received, :sender, :senderName, :subject, :size, :outcome, :reason, :content, "
					+ ":now, :by)")
			.param("id", id)
			.param("key", Texts.cut(mail.key(), 400))
			.param("messageId", (mail.messageId() != null) ? Texts.cut(mail.messageId(), 400) : null)
			.param("received", Timestamp.from(mail.receivedAt()))
			.param("sender", (mail.sender() != null) ? Texts.cut(mail.sender(), 320) : null)
			.param("senderName", (mail.senderName() != null) ? Texts.cut(mail.senderName(), 200) : null)
			.param("subject", Texts.cut(mail.subject(), 400))
			.param("size", mail.size())
			.param("outcome", outcome)
			.param("reason", (reason != null) ? Texts.cut(reason, 1000) : null)
			.param("content", mail.content())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update();
		return id;
	}

	/**
	 * Records what became of a mail. The content is kept only while it sits in
	 * quarantine.
	 */
	void outcome(UUID id, String outcome, @Nullable String reason, @Nullable UUID requestId, @Nullable UUID complaintId,
			@Nullable String reference, @Nullable UUID contactId, String by, Instant now) {
		this.jdbc
			.sql("update mail_in_message set outcome = :outcome, reason = :reason, request_id = :request, "
					+ "complaint_id = :complaint, "
					+ "reference = :reference, contact_id = :contact, handled_at = :now, handled_by = :by, "
					+ "content = case when :outcome = 'QUARANTINED' then content else null end, "
					+ "version = version + 1 where id = :id")
			.param("outcome", outcome)
			.param("reason", (reason != null) ? Texts.cut(reason, 1000) : null)
			.param("request", requestId)
			.param("complaint", complaintId)
			.param("reference", reference)
			.param("contact", contactId)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("id", id)
			.update();
	}

	/**
	 * Takes a quarantined mail back to be handled again, locked until the transaction
	 * ends.
	 * @return its content, or empty when it is not (or no longer) quarantined with its
	 * content kept
	 */
	Optional<byte[]> claimQuarantined(UUID id) {
		int claimed = this.jdbc
			.sql("update mail_in_message set outcome = 'RECEIVED', version = version + 1 "
					+ "where id = :id and outcome = 'QUARANTINED' and content is not null")
			.param("id", id)
			.update();
		if (claimed != 1) {
			return Optional.empty();
		}
		return this.jdbc.sql("select content from mail_in_message where id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	boolean discard(UUID id, String by, Instant now) {
		return this.jdbc
			.sql("update mail_in_message set outcome = 'DISCARDED', content = null, handled_at = :now, "
					+ "handled_by = :by, version = version + 1 where id = :id and outcome = 'QUARANTINED'")
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("id", id)
			.update() == 1;
	}

	Optional<MailInView> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from mail_in_message where id = :id")
			.param("id", id)
			.query(MailInMessages::map)
			.optional();
	}

	Optional<MailInView> findByKey(String key) {
		return this.jdbc.sql("select " + COLUMNS + " from mail_in_message where message_key = :key")
			.param("key", key)
			.query(MailInMessages::map)
			.optional();
	}

	/**
	 * @return one page of mails, newest first, optionally of one outcome.
	 */
	List<MailInView> list(@Nullable String outcome, int offset, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from mail_in_message"
					+ ((outcome != null) ? " where outcome = :outcome" : " where outcome <> 'RECEIVED'")
					+ " order by received_at desc, id limit :limit offset :offset")
			.params((outcome != null) ? java.util.Map.of("outcome", outcome) : java.util.Map.of())
			.param("limit", limit)
			.param("offset", offset)
			.query(MailInMessages::map)
			.list();
	}

	long count(@Nullable String outcome) {
		return this.jdbc
			.sql("select count(*) from mail_in_message"
					+ ((outcome != null) ? " where outcome = :outcome" : " where outcome <> 'RECEIVED'"))
			.params((outcome != null) ? java.util.Map.of("outcome", outcome) : java.util.Map.of())
			.query(Long.class)
			.single();
	}

	private static MailInView map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		return new MailInView(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("message_id"),
				rs.getTimestamp("received_at").toInstant(), rs.getString("sender"), rs.getString("sender_name"),
				rs.getString("subject"), rs.getLong("size_bytes"), outcome, rs.getString("reason"),
				rs.getObject("request_id", UUID.class), rs.getObject("complaint_id", UUID.class),
				rs.getString("reference"), rs.getObject("contact_id", UUID.class),
				QUARANTINED.equals(outcome) && rs.getBoolean("kept"), rs.getTimestamp("handled_at").toInstant(),
				rs.getString("handled_by"));
	}

}
