package org.servicechain.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The happenings table: written in the transaction of the change that caused it, read and
 * marked processed with {@code SELECT … FOR UPDATE SKIP LOCKED}, so that of several
 * instances exactly one turns each happening into notifications, and the others pass it
 * by instead of waiting.
 */
@Component
class Happenings {

	static final int MAX_ATTEMPTS = 5;

	private static final String COLUMNS = "id, source, kind, subject_id, reference, title, task_id, actor, detail, occurred_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	Happenings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(Happening happening) {
		this.jdbc.sql("insert into notify_happening (" + COLUMNS + ", created_at, attempts) "
				+ "values (:id, :source, :kind, :subject, :reference, :title, :task, :actor, :detail, :at, :now, 0)")
			.param("id", happening.id())
			.param("source", happening.source())
			.param("kind", happening.kind())
			.param("subject", happening.subjectId())
			.param("reference", happening.reference())
			.param("title", Texts.cutOrNull(happening.title(), 300))
			.param("task", happening.taskId())
			.param("actor", happening.actor())
			.param("detail", Texts.cutOrNull(happening.detail(), 1000))
			.param("at", Timestamp.from(happening.occurredAt()))
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	/**
	 * @return the happening, locked until the transaction ends, unless it was processed
	 * or another instance holds it.
	 */
	Optional<Happening> claim(UUID id) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from notify_happening where id = :id and processed_at is null for update skip locked")
			.param("id", id)
			.query(Happenings::map)
			.optional();
	}

	/**
	 * @return the happening, if not processed yet (without locking it).
	 */
	Optional<Happening> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from notify_happening where id = :id and processed_at is null")
			.param("id", id)
			.query(Happenings::map)
			.optional();
	}

	/**
	 * @return the ids of the oldest unprocessed happenings.
	 */
	List<UUID> pending(int limit) {
		return this.jdbc
			.sql("select id from notify_happening where processed_at is null order by created_at limit :limit")
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	void processed(UUID id) {
		this.jdbc.sql("update notify_happening set processed_at = :now where id = :id")
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("id", id)
			.update();
	}

	/**
	 * Counts a failed attempt; after {@value #MAX_ATTEMPTS} the happening is given up
	 * (kept with its error for administrators).
	 */
	void failed(UUID id, String error) {
		this.jdbc
			.sql("update notify_happening set attempts = attempts + 1, last_error = :error, "
					+ "processed_at = case when attempts + 1 >= :max then :now else null end where id = :id")
			.param("error", Texts.cut(error, 1000))
			.param("max", MAX_ATTEMPTS)
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("id", id)
			.update();
	}

	long pendingCount() {
		return this.jdbc.sql("select count(*) from notify_happening where processed_at is null")
			.query(Long.class)
			.single();
	}

	private static Happening map(ResultSet rs, int row) throws SQLException {
		return new Happening(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("kind"),
				rs.getObject("subject_id", UUID.class), rs.getString("reference"), rs.getString("title"),
				rs.getObject("task_id", UUID.class), rs.getString("actor"), rs.getString("detail"),
				rs.getTimestamp("occurred_at").toInstant());
	}

}
