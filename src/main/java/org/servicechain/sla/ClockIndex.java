package org.servicechain.sla;

import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import org.servicechain.shared.SqlTimes;
import org.servicechain.sla.ClockActions.Action;
import org.servicechain.sla.ClockDerivation.DerivedClock;
import org.servicechain.sla.ClockDerivation.RequestClocks;

/**
 * The index of every clock's next instant, and the record of what the sweep did. Plain
 * SQL: a handful of narrow statements on two tables the sweep reads by index only.
 */
@Repository
class ClockIndex {

	private final JdbcTemplate jdbc;

	ClockIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Set<String> acted(UUID requestId) {
		Set<String> acted = new HashSet<>();
		this.jdbc.query("select clock_key, cycle, action from sla_action where request_id = ?",
				(org.springframework.jdbc.core.RowCallbackHandler) (row) -> acted
					.add(ClockActions.id(row.getString(1), row.getInt(2), row.getString(3))),
				requestId);
		return acted;
	}

	/**
	 * Records that an action was taken; {@literal false} when it already was (by another
	 * sweep, on any instance).
	 */
	boolean claim(UUID requestId, Action action, Instant now) {
		try {
			return this.jdbc.update(
					"insert into sla_action (request_id, clock_key, cycle, action, acted_at) select ?, ?, ?, ?, ?"
							+ " where not exists (select 1 from sla_action where request_id = ? and clock_key = ?"
							+ " and cycle = ? and action = ?)",
					requestId, action.clock().plan().key(), action.clock().state().cycle(), action.action(),
					SqlTimes.utc(now), requestId, action.clock().plan().key(), action.clock().state().cycle(),
					action.action()) == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Replaces the request's rows with its clocks as derived now.
	 */
	void store(RequestClocks clocks, List<Action> pending) {
		UUID requestId = clocks.subject().id();
		this.jdbc.update("delete from sla_clock where request_id = ?", requestId);
		String priority = clocks.subject().priority().name();
		List<Object[]> rows = clocks.clocks()
			.stream()
			.map((clock) -> row(requestId, priority, clock, pending))
			.toList();
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("insert into sla_clock (request_id, clock_key, kind, task_id, party_id, agreement_id,"
					+ " terms_number, priority, state, started_at, stopped_at, due_at, breached_at, next_at,"
					+ " elapsed_seconds, target_seconds, cycle) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					rows);
		}
	}

	private static Object[] row(UUID requestId, String priority, DerivedClock clock, List<Action> pending) {
		ClockState state = clock.state();
		Instant next = pending.stream()
			.filter((action) -> action.clock().plan().key().equals(clock.plan().key()))
			.map(Action::at)
			.min(Instant::compareTo)
			.orElse(null);
		return new Object[] { requestId, clock.plan().key(), clock.plan().kind().name(), clock.plan().taskId(),
				(clock.holder() != null) ? clock.holder().id() : null, clock.terms().agreement().id(),
				clock.terms().agreement().termsNumber(), priority, state.tone(), ts(state.startedAt()),
				ts(state.stoppedAt()), ts(state.dueAt()), ts(state.breachedAt()), ts(next), state.elapsed().toSeconds(),
				state.target().toSeconds(), state.cycle() };
	}

	private static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
		return (instant != null) ? SqlTimes.utc(instant) : null;
	}

	/**
	 * @return the requests with a clock whose next instant has come, soonest first
	 */
	List<UUID> due(Instant now, int limit) {
		return this.jdbc.queryForList(
				"select request_id from sla_clock where next_at <= ? group by request_id order by min(next_at)"
						+ " fetch first " + limit + " rows only",
				UUID.class, SqlTimes.utc(now));
	}

	long count() {
		Long count = this.jdbc.queryForObject("select count(*) from sla_clock", Long.class);
		return (count != null) ? count : 0;
	}

	void clear() {
		this.jdbc.update("delete from sla_clock");
	}

	/**
	 * One indexed clock, for measuring agreements.
	 */
	record Row(UUID requestId, String key, ClockKind kind, String priority, String state, @Nullable Instant startedAt,
			@Nullable Instant breachedAt, long elapsedSeconds, long targetSeconds, int termsNumber) {

	}

	List<Row> rowsOf(UUID agreementId, Instant from, Instant to) {
		return this.jdbc.query(
				"select request_id, clock_key, kind, priority, state, started_at, breached_at, elapsed_seconds,"
						+ " target_seconds, terms_number from sla_clock where agreement_id = ? and started_at >= ?"
						+ " and started_at < ? order by started_at",
				(rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), ClockKind.valueOf(rs.getString(3)),
						rs.getString(4), rs.getString(5), instant(rs.getObject(6, OffsetDateTime.class)),
						instant(rs.getObject(7, OffsetDateTime.class)), rs.getLong(8), rs.getLong(9), rs.getInt(10)),
				agreementId, SqlTimes.utc(from), SqlTimes.utc(to));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
