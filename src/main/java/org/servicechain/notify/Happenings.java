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

	private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	private final Clock clock;

	Happenings(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.clock = clock;
	}

	void record(Happening happening) {
		recordAll(List.of(happening));
	}

	/**
	 * Writes many happenings in one JDBC batch (a sweep's alerts arrive by the thousand).
	 */
	void recordAll(List<Happening> batch) {
		if (batch.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		this.jdbcTemplate.batchUpdate(
				"insert into notify_happening (" + COLUMNS + ", created_at, attempts) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
				batch, batch.size(), (statement, happening) -> {
					statement.setObject(1, happening.id());
					statement.setString(2, happening.source());
					statement.setString(3, happening.kind());
					statement.setObject(4, happening.subjectId());
					statement.setString(5, happening.reference());
					statement.setString(6, Texts.cutOrNull(happening.title(), 300));
					statement.setObject(7, happening.taskId());
					statement.setString(8, happening.actor());
					statement.setString(9, Texts.cutOrNull(happening.detail(), 1000));
					statement.setTimestamp(10, Timestamp.from(happening.occurredAt()));
					statement.setTimestamp(11, now);
				});
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
	 * (kept with its error for administrators). A happening another instance told
	 * meanwhile stays told: an attempt that failed here must not put it back in line, or
	 * everybody would be told twice.
	 */
	void failed(UUID id, String error) {
		this.jdbc
			.sql("update notify_happening set attempts = attempts + 1, last_error = :error, "
					+ "processed_at = case when attempts + 1 >= :max then cast(:now as timestamp with time zone) "
					+ "else null end " + "where id = :id and processed_at is null")
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
