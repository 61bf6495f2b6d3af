package org.servicechain.businesscalendars;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.shared.SqlTimes;

/**
 * Every saved version of every calendar's definition (issue 8: a clock keeps the calendar
 * version in force when it started). A revision is written in the transaction that saves
 * the version, is never changed, and outlives the calendar. Its definition is the
 * normalised {@link CalendarDetails} as JSON, read with a mapper of its own so that the
 * application's JSON settings cannot change what a stored revision means.
 */
@Component
class CalendarRevisions {

	private static final Logger logger = LoggerFactory.getLogger(CalendarRevisions.class);

	private final JdbcClient jdbc;

	private final CalendarDefinitions definitions;

	private final TransactionTemplate transactions;

	private final JsonMapper json = JsonMapper.builder().build();

	CalendarRevisions(JdbcClient jdbc, CalendarDefinitions definitions, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.definitions = definitions;
		this.transactions = transactions;
	}

	/**
	 * Keeps the definition as the given version, in force from {@code validFrom}. Call it
	 * in the transaction that saved the version.
	 */
	void record(UUID calendarId, long version, Instant validFrom, CalendarDetails details) {
		this.jdbc
			.sql("insert into calendar_revision (calendar_id, version, valid_from, definition) values (?, ?, ?, ?)")
			.params(calendarId, version, SqlTimes.utc(validFrom), this.json.writeValueAsString(details))
			.update();
	}

	Optional<CalendarDetails> find(UUID calendarId, long version) {
		return this.jdbc.sql("select definition from calendar_revision where calendar_id = ? and version = ?")
			.params(calendarId, version)
			.query(String.class)
			.optional()
			.map((text) -> this.json.readValue(text, CalendarDetails.class));
	}

	/**
	 * @return the latest version saved at or before {@code at}; empty before the first.
	 */
	Optional<Long> versionAt(UUID calendarId, Instant at) {
		return this.jdbc.sql("select max(version) from calendar_revision where calendar_id = ? and valid_from <= ?")
			.params(calendarId, SqlTimes.utc(at))
			.query(Long.class)
			.optional();
	}

	/**
	 * Gives each calendar saved before revisions were kept a revision of its current
	 * definition, valid from its creation: the best that can be said, since its earlier
	 * versions are gone. Safe to run on several nodes at once and again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void backfill() {
		List<UUID> missing = this.jdbc.sql("""
				select d.id from calendar_definition d where not exists (select 1 from calendar_revision r
				where r.calendar_id = d.id and r.version = d.version)""").query(UUID.class).list();
		int written = 0;
		for (UUID id : missing) {
			try {
				Boolean done = this.transactions.execute((status) -> this.definitions.findById(id).map((definition) -> {
					record(id, definition.getVersion(), definition.getCreatedAt(), definition.toDetails());
					return true;
				}).orElse(false));
				written += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (DuplicateKeyException raced) {
				// Another node or a save wrote it first.
			}
		}
		if (written > 0) {
			logger.info("Kept a first revision of {} business calendars saved before revisions were kept", written);
		}
	}

}
