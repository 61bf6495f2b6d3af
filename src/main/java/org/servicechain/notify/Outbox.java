package org.servicechain.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.servicechain.notify.Audiences.Tell;

/**
 * The outbox table: every mail and webhook delivery is a row written in the transaction
 * that decided it, and leaves only when the drain claims the row with
 * {@code SELECT … FOR UPDATE SKIP LOCKED}, sends it while holding the lock and records
 * the outcome in the same transaction. Two instances therefore never send one row at
 * once; a failed try waits with exponential back-off and is given up as {@code FAILED}
 * after {@code servicechain.notify.max-attempts}, for an administrator to retry.
 */
@Component
class Outbox {

	static final String MAIL = "MAIL";

	static final String WEBHOOK = "WEBHOOK";

	static final String PENDING = "PENDING";

	static final String SENT = "SENT";

	static final String NOT_SENT = "NOT_SENT";

	static final String FAILED = "FAILED";

	private static final String COLUMNS = "id, kind, event, reference, recipient, subscription_id, subject, text_body, "
			+ "html_body, payload, message_id, in_reply_to, status, attempts, next_attempt_at, last_error, last_status, "
			+ "created_at, sent_at";

	private final JdbcClient jdbc;

	private final MailTemplates templates;

	private final WebhookSubscriptions subscriptions;

	private final NotifySettings settings;

	private final PersonLanguages languages;

	private final JsonMapper json = JsonMapper.builder().build();

	Outbox(JdbcClient jdbc, MailTemplates templates, WebhookSubscriptions subscriptions, NotifySettings settings,
			PersonLanguages languages) {
		this.jdbc = jdbc;
		this.languages = languages;
		this.templates = templates;
		this.subscriptions = subscriptions;
		this.settings = settings;
	}

	/**
	 * Writes the mail telling one person of a happening, rendered now from the template
	 * of its event and the person's language, so the mail log shows exactly what leaves.
	 */
	void mail(Happening happening, Tell tell, Instant now) {
		UUID id = UUID.randomUUID();
		MailTemplates.Rendered mail = this.templates.render(tell.event(), this.languages.of(tell.person().username()),
				MailTemplates.variables(happening.reference(), tell.title(), tell.body(),
						this.settings.baseUrl() + tell.link(), tell.person().displayName(), tell.event()));
		String recipient = tell.person().email();
		insert(id, MAIL, happening.id(), tell.event().key(), happening.reference(), recipient, tell.person().username(),
				null, mail.subject(), mail.text(), mail.html(), null,
				"<" + id + "@" + this.settings.messageIdDomain() + ">", null, now);
	}

	/**
	 * Writes a mail another module composed for one person (a scheduled report), to go
	 * out with every other mail, with retries.
	 * @return the outbox row's id
	 */
	UUID composed(String recipient, @Nullable String username, String event, String reference, String subject,
			String text, String html, Instant now) {
		return composed(recipient, username, event, reference, subject, text, html, List.of(), now);
	}

	/**
	 * Writes a composed mail with the files it carries, in the same transaction.
	 * @return the outbox row's id
	 * @throws IllegalArgumentException when the files exceed
	 * {@link MailAttachment#MAX_TOTAL_BYTES}
	 */
	UUID composed(String recipient, @Nullable String username, String event, String reference, String subject,
			String text, String html, List<MailAttachment> attachments, Instant now) {
		long total = attachments.stream().mapToLong((file) -> file.content().length).sum();
		if (total > MailAttachment.MAX_TOTAL_BYTES) {
			throw new IllegalArgumentException("Attachments of " + total + " bytes are too large for a mail");
		}
		UUID id = UUID.randomUUID();
		insert(id, MAIL, null, event, reference, recipient, username, null, subject, text, html, null,
				"<" + id + "@" + this.settings.messageIdDomain() + ">", null, now);
		int position = 0;
		for (MailAttachment file : attachments) {
			this.jdbc
				.sql("insert into outbox_attachment (id, message_id, position, file_name, content_type, content) "
						+ "values (:id, :message, :position, :name, :type, :content)")
				.param("id", UUID.randomUUID())
				.param("message", id)
				.param("position", position++)
				.param("name", file.fileName())
				.param("type", file.contentType())
				.param("content", file.content())
				.update();
		}
		return id;
	}

	/**
	 * @return the files a mail carries, in the order they were given
	 */
	List<MailAttachment> attachments(UUID messageId) {
		return this.jdbc
			.sql("select file_name, content_type, content from outbox_attachment where message_id = :message "
					+ "order by position")
			.param("message", messageId)
			.query((rs, row) -> new MailAttachment(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.list();
	}

	/**
	 * Writes one delivery per active subscription to the event. The payload names the
	 * subject by id and reference only: whoever receives it reads the rest through the
	 * API with their own rights.
	 */
	void webhooks(Happening happening, NotifyEvent event, Instant now) {
		webhooks(happening, event, now, activeWebhooks());
	}

	/** The subscriptions that receive deliveries now. */
	List<WebhookSubscription> activeWebhooks() {
		return this.subscriptions.findByActiveTrue();
	}

	/**
	 * Writes a webhook message per subscription among the given that wants the event (a
	 * run of happenings reads the active subscriptions once).
	 */
	void webhooks(Happening happening, NotifyEvent event, Instant now, List<WebhookSubscription> active) {
		for (WebhookSubscription subscription : active) {
			if (!subscription.wants(event)) {
				continue;
			}
			UUID id = UUID.randomUUID();
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("source", happening.source());
			data.put("id", happening.subjectId().toString());
			data.put("reference", happening.reference());
			if (happening.taskId() != null) {
				data.put("taskId", happening.taskId().toString());
			}
			data.put("occurredAt", happening.occurredAt().toString());
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("type", event.key());
			payload.put("timestamp", now.toString());
			payload.put("data", data);
			insert(id, WEBHOOK, happening.id(), event.key(), happening.reference(), subscription.getUrl(), null,
					subscription.getId(), null, null, null, this.json.writeValueAsString(payload), null, null, now);
		}
	}

	/**
	 * Writes a test delivery to one subscription (an administrator's "send a ping").
	 */
	UUID ping(WebhookSubscription subscription, Instant now) {
		UUID id = UUID.randomUUID();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", "ping");
		payload.put("timestamp", now.toString());
		payload.put("data", Map.of("subscription", subscription.getId().toString()));
		insert(id, WEBHOOK, null, "ping", null, subscription.getUrl(), null, subscription.getId(), null, null, null,
				this.json.writeValueAsString(payload), null, null, now);
		return id;
	}

	private void insert(UUID id, String kind, @Nullable UUID happeningId, String event, @Nullable String reference,
			String recipient, @Nullable String recipientUser, @Nullable UUID subscriptionId, @Nullable String subject,
			@Nullable String text, @Nullable String html, @Nullable String payload, @Nullable String messageId,
			@Nullable String inReplyTo, Instant now) {
		this.jdbc.sql("insert into outbox_message (id, version, kind, happening_id, event, reference, recipient, "
				+ "recipient_user, subscription_id, subject, text_body, html_body, payload, message_id, in_reply_to, "
				+ "status, attempts, next_attempt_at, created_at) values (:id, 0, :kind, :happening, :event, :reference, "
				+ ":recipient, :user, :subscription, :subject, :text, :html, :payload, :messageId, :inReplyTo, "
				+ "'PENDING', 0, :now, :now)")
			.param("id", id)
			.param("kind", kind)
			.param("happening", happeningId)
			.param("event", event)
			.param("reference", reference)
			.param("recipient", recipient)
			.param("user", recipientUser)
			.param("subscription", subscriptionId)
			.param("subject", subject)
			.param("text", text)
			.param("html", html)
			.param("payload", payload)
			.param("messageId", messageId)
			.param("inReplyTo", inReplyTo)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * @return the next message due, locked until the transaction ends; messages another
	 * instance holds are passed by.
	 */
	Optional<OutboxMessageView> claimDue(Instant now) {
		return this.jdbc
			.sql("select " + COLUMNS + " from outbox_message where status = 'PENDING' and next_attempt_at <= :now "
					+ "order by next_attempt_at limit 1 for update skip locked")
			.param("now", Timestamp.from(now))
			.query(Outbox::map)
			.optional();
	}

	/**
	 * Threads a mail on the first mail about the same reference to the same address (by
	 * when what they tell of happened, whatever order the happenings were told in):
	 * remembers it as the mail's {@code In-Reply-To}.
	 * @return the mail, threaded
	 */
	OutboxMessageView threaded(OutboxMessageView mail) {
		if (mail.reference() == null || mail.inReplyTo() != null) {
			return mail;
		}
		// The first by when it happened (happenings may be told in another order).
		Optional<String> root = this.jdbc
			.sql("select o.message_id from outbox_message o left join notify_happening h on h.id = o.happening_id "
					+ "where o.kind = 'MAIL' and o.reference = :reference and o.recipient = :recipient "
					+ "and o.message_id is not null order by coalesce(h.occurred_at, o.created_at), o.id limit 1")
			.param("reference", mail.reference())
			.param("recipient", mail.recipient())
			.query(String.class)
			.optional()
			.filter((first) -> !first.equals(mail.messageId()));
		if (root.isEmpty()) {
			return mail;
		}
		this.jdbc.sql("update outbox_message set in_reply_to = :root where id = :id")
			.param("root", root.get())
			.param("id", mail.id())
			.update();
		return find(mail.id()).orElseThrow();
	}

	void sent(UUID id, Instant at, String by, @Nullable Integer httpStatus) {
		this.jdbc
			.sql("update outbox_message set status = 'SENT', attempts = attempts + 1, sent_at = :at, "
					+ "sent_by = :by, last_status = :http, last_error = null, version = version + 1 where id = :id")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("http", httpStatus)
			.param("id", id)
			.update();
	}

	void notSent(UUID id, String reason) {
		this.jdbc
			.sql("update outbox_message set status = 'NOT_SENT', last_error = :reason, version = version + 1 "
					+ "where id = :id")
			.param("reason", reason)
			.param("id", id)
			.update();
	}

	/**
	 * Records a failed try: waits with back-off, or gives up after the last allowed try.
	 */
	void failed(OutboxMessageView message, Instant now, String error, @Nullable Integer httpStatus) {
		int attempts = message.attempts() + 1;
		boolean giveUp = attempts >= this.settings.maxAttempts();
		this.jdbc
			.sql("update outbox_message set attempts = :attempts, status = :status, next_attempt_at = :next, "
					+ "last_error = :error, last_status = :http, version = version + 1 where id = :id")
			.param("attempts", attempts)
			.param("status", giveUp ? FAILED : PENDING)
			.param("next", Timestamp.from(giveUp ? now : now.plus(this.settings.backOff(attempts))))
			.param("error", Texts.cut(error, 1000))
			.param("http", httpStatus)
			.param("id", message.id())
			.update();
	}

	/**
	 * Puts a message back in line to leave at the next drain: a failed one, one that was
	 * waiting for its next try, or one already sent (redelivery).
	 * @return whether there was such a message
	 */
	boolean retryNow(UUID id, Instant now) {
		return this.jdbc
			.sql("update outbox_message set status = 'PENDING', next_attempt_at = :now, "
					+ "version = version + 1 where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	Optional<OutboxMessageView> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from outbox_message where id = :id")
			.param("id", id)
			.query(Outbox::map)
			.optional();
	}

	/**
	 * @return one page of messages, newest first, optionally of one kind, status or
	 * subscription.
	 */
	List<OutboxMessageView> list(@Nullable String kind, @Nullable String status, @Nullable UUID subscriptionId,
			int offset, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from outbox_message where " + filter(kind, status, subscriptionId)
					+ " order by created_at desc, id limit :limit offset :offset")
			.params(filterParams(kind, status, subscriptionId))
			.param("limit", limit)
			.param("offset", offset)
			.query(Outbox::map)
			.list();
	}

	long count(@Nullable String kind, @Nullable String status, @Nullable UUID subscriptionId) {
		return this.jdbc.sql("select count(*) from outbox_message where " + filter(kind, status, subscriptionId))
			.params(filterParams(kind, status, subscriptionId))
			.query(Long.class)
			.single();
	}

	private static String filter(@Nullable String kind, @Nullable String status, @Nullable UUID subscriptionId) {
		return "1 = 1" + ((kind != null) ? " and kind = :kind" : "") + ((status != null) ? " and status = :status" : "")
				+ ((subscriptionId != null) ? " and subscription_id = :subscription" : "");
	}

	private static Map<String, Object> filterParams(@Nullable String kind, @Nullable String status,
			@Nullable UUID subscriptionId) {
		Map<String, Object> params = new LinkedHashMap<>();
		if (kind != null) {
			params.put("kind", kind);
		}
		if (status != null) {
			params.put("status", status);
		}
		if (subscriptionId != null) {
			params.put("subscription", subscriptionId);
		}
		return params;
	}

	private static OutboxMessageView map(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		int lastStatus = rs.getInt("last_status");
		Integer http = rs.wasNull() ? null : lastStatus;
		return new OutboxMessageView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("event"),
				rs.getString("reference"), rs.getString("recipient"), rs.getObject("subscription_id", UUID.class),
				rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"), rs.getString("payload"),
				rs.getString("message_id"), rs.getString("in_reply_to"), rs.getString("status"), rs.getInt("attempts"),
				rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"), http,
				rs.getTimestamp("created_at").toInstant(), (sent != null) ? sent.toInstant() : null);
	}

}
