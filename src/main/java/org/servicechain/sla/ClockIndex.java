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
	 * @return the actions already taken for many requests, by request
	 */
	java.util.Map<UUID, Set<String>> acted(java.util.Collection<UUID> requestIds) {
		java.util.Map<UUID, Set<String>> acted = new java.util.HashMap<>();
		if (requestIds.isEmpty()) {
			return acted;
		}
		String marks = String.join(", ", java.util.Collections.nCopies(requestIds.size(), "?"));
		this.jdbc.query(
				"select request_id, clock_key, cycle, action from sla_action where request_id in (" + marks + ")",
				(org.springframework.jdbc.core.RowCallbackHandler) (row) -> acted
					.computeIfAbsent(row.getObject(1, UUID.class), (id) -> new HashSet<>())
					.add(ClockActions.id(row.getString(2), row.getInt(3), row.getString(4))),
				requestIds.toArray());
		return acted;
	}

	/**
	 * Records many actions at once, all new: the caller has read what was acted on in its
	 * transaction. Plain multi-row inserts; an action another sweep recorded meanwhile
	 * breaks the primary key, the batch fails, and the caller retries request by request
	 * ({@link #claim}).
	 * @return for each action, whether it was recorded (always all of them)
	 */
	boolean[] claimAll(List<Action> actions, Instant now) {
		if (actions.isEmpty()) {
			return new boolean[0];
		}
		if (actions.stream().map(Action::requestId).distinct().count() == 1) {
			// One request (the listener, or the sweep's retry of one request): each
			// action
			// with its not-exists guard.
			boolean[] claimed = new boolean[actions.size()];
			for (int i = 0; i < claimed.length; i++) {
				claimed[i] = claim(actions.get(i).requestId(), actions.get(i), now);
			}
			return claimed;
		}
		java.time.OffsetDateTime at = SqlTimes.utc(now);
		this.jdbc.batchUpdate(
				"insert into sla_action (request_id, clock_key, cycle, action, acted_at)" + " values (?, ?, ?, ?, ?)",
				actions, actions.size(), (statement, action) -> {
					statement.setObject(1, action.requestId());
					statement.setString(2, action.clock().plan().key());
					statement.setInt(3, action.clock().state().cycle());
					statement.setString(4, action.action());
					statement.setObject(5, at);
				});
		boolean[] claimed = new boolean[actions.size()];
		java.util.Arrays.fill(claimed, true);
		return claimed;
	}

	/**
	 * Replaces many requests' rows with their clocks as derived now.
	 */
	void storeAll(List<RequestClocks> all, java.util.Map<UUID, List<Action>> pending) {
		if (all.isEmpty()) {
			return;
		}
		List<UUID> ids = all.stream().map((clocks) -> clocks.subject().id()).toList();
		String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
		this.jdbc.update("delete from sla_clock where request_id in (" + marks + ")", ids.toArray());
		List<Object[]> rows = new java.util.ArrayList<>();
		for (RequestClocks clocks : all) {
			String priority = clocks.subject().priority().name();
			List<Action> actions = pending.getOrDefault(clocks.subject().id(), List.of());
			clocks.clocks().forEach((clock) -> rows.add(row(clocks.subject().id(), priority, clock, actions)));
		}
		insert(rows);
	}

	private void insert(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("insert into sla_clock (request_id, clock_key, kind, task_id, party_id, agreement_id,"
					+ " terms_number, priority, state, started_at, stopped_at, due_at, breached_at, next_at,"
					+ " elapsed_seconds, target_seconds, cycle) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					rows);
		}
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

	void forget(UUID requestId) {
		this.jdbc.update("delete from sla_clock where request_id = ?", requestId);
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

	/**
	 * @return the clocks that started in the period and measure the party: held by it
	 * (its task clocks), or under an agreement it provides
	 */
	List<Row> rowsMeasuring(UUID partyId, java.util.Collection<UUID> agreementIds, Instant from, Instant to) {
		List<Object> args = new java.util.ArrayList<>(List.of(partyId));
		String provided = "";
		if (!agreementIds.isEmpty()) {
			provided = " or (party_id is null and agreement_id in ("
					+ String.join(", ", java.util.Collections.nCopies(agreementIds.size(), "?")) + "))";
			args.addAll(agreementIds);
		}
		args.add(SqlTimes.utc(from));
		args.add(SqlTimes.utc(to));
		return this.jdbc.query(
				"select request_id, clock_key, kind, priority, state, started_at, breached_at, elapsed_seconds,"
						+ " target_seconds, terms_number from sla_clock where (party_id = ?" + provided
						+ ") and started_at >= ? and started_at < ? order by started_at",
				(rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), ClockKind.valueOf(rs.getString(3)),
						rs.getString(4), rs.getString(5), instant(rs.getObject(6, OffsetDateTime.class)),
						instant(rs.getObject(7, OffsetDateTime.class)), rs.getLong(8), rs.getLong(9), rs.getInt(10)),
				args.toArray());
	}

	/**
	 * @return of these requests, those whose customer resolution or first-response clock
	 * breached in the period (at most 2,000)
	 */
	List<UUID> customerBreaches(java.util.Collection<UUID> requestIds, Instant from, Instant to) {
		List<UUID> found = new java.util.ArrayList<>();
		List<UUID> ids = List.copyOf(requestIds);
		for (int i = 0; i < ids.size() && found.size() < 2000; i += 500) {
			List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
			List<Object> args = new java.util.ArrayList<>(chunk);
			args.add(SqlTimes.utc(from));
			args.add(SqlTimes.utc(to));
			found.addAll(this.jdbc.queryForList(
					"select distinct request_id from sla_clock where request_id in ("
							+ String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
							+ ") and kind in ('RESOLUTION', 'FIRST_RESPONSE') and breached_at >= ? and breached_at < ?",
					UUID.class, args.toArray()));
		}
		return found.subList(0, Math.min(found.size(), 2000));
	}

	List<SlaManagement.DueClock> runningCustomerClocksDueBefore(Instant until, int limit, Instant now) {
		return this.jdbc.query(
				"select request_id, agreement_id, kind, priority, due_at from sla_clock where stopped_at is null"
						// The state column holds the clock's tone: breached ones still
						// open
						// count, already late.
						+ " and state in ('running', 'warning', 'breached')"
						+ " and kind in ('FIRST_RESPONSE', 'RESOLUTION') and agreement_id is not null"
						+ " and due_at is not null and due_at < ? order by due_at fetch first " + limit + " rows only",
				(rs, i) -> {
					Instant due = rs.getObject(5, OffsetDateTime.class).toInstant();
					return new SlaManagement.DueClock(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							ClockKind.valueOf(rs.getString(3)), rs.getString(4), due, !due.isAfter(now));
				}, SqlTimes.utc(until));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
