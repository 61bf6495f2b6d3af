package org.servicechain.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.servicechain.Servicechain;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.ImportedRequest;
import org.servicechain.requests.Level;
import org.servicechain.requests.RequestChannel;
import org.servicechain.requests.RequestImport;
import org.servicechain.sla.SlaManagement;

/**
 * The SLA sweep at scale (issue 8: "1,000,000 open clocks of which 1,000 are due: one
 * sweep finds and acts on them in under 200 ms on PostgreSQL").
 * <p>
 * Set-up (not measured), on a fresh PostgreSQL database: the bench organisation; 1,000
 * real requests from customer organisations with a customer SLA, imported with their
 * history as opened three days ago, so each has clocks whose warning and breach are due
 * (the importer writes their index rows like any event does); and 999,000 more index rows
 * of running clocks whose next instant is up to 30 days ahead, written straight into the
 * index. The sweep never reads those: what they test is that it finds the due 1,000 among
 * a million through the index, not by a scan.
 * <p>
 * Measured: {@link SlaManagement#sweep()} end to end (find the due requests, load their
 * histories, re-derive every clock, record each action once, leave the notices, rewrite
 * their index rows), 2 warm-up rounds then 7 measured rounds ({@code -Dbench.rounds=N}: N - 2); before each round the
 * actions and notices of the previous one are deleted and the 1,000 requests' rows are
 * made due again. Also the index query alone.
 * <p>
 * Run: {@code ./mvnw -Pbench -DskipTests test-compile exec:exec@sweep-benchmark}.
 */
public final class SweepBenchmark {

	private static final String HOST = "127.0.0.1";

	private static final int DUE = 1_000;

	private static final int TOTAL = 1_000_000;

	private SweepBenchmark() {
	}

	/**
	 * @return the PostgreSQL driver's URL parameters to measure with, from
	 * {@code -Dbench.db-params} (e.g. {@code reWriteBatchedInserts=true})
	 */
	private static String urlParameters() {
		String parameters = System.getProperty("bench.db-params", "");
		return parameters.isBlank() ? "" : "?" + parameters;
	}

	public static void main(String[] args) throws Exception {
		String dbName = "sweep_bench_" + ProcessHandle.current().pid();
		postgres("create database " + dbName);
		ConfigurableApplicationContext context = null;
		try {
			context = SpringApplication.run(Servicechain.class, "--server.port=0", "--server.address=" + HOST,
					"--servicechain.demo.enabled=false", "--servicechain.scheduler.autostart=false",
					"--spring.datasource.url=jdbc:postgresql://" + HOST + ":5432/" + dbName + urlParameters(),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--servicechain.identity.initial-admin-password=" + UUID.randomUUID(),
					"--spring.main.banner-mode=off", "--logging.level.root=warn",
					"--logging.level.org.servicechain=warn", "--logging.level.org.servicechain.sla.SweepingClocks=debug");
			run(context);
		}
		finally {
			if (context != null) {
				context.close();
			}
			postgres("drop database if exists " + dbName);
		}
	}

	private static void run(ConfigurableApplicationContext context) throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		try (Connection connection = context.getBean(DataSource.class).getConnection()) {
			say("PostgreSQL " + connection.getMetaData().getDatabaseProductVersion());
			say("Driver URL parameters: " + (urlParameters().isEmpty() ? "(none)" : urlParameters()));
		}
		BenchOrganisation organisation = new BenchOrganisation(context);
		organisation.build(20);
		RequestImport imports = context.getBean(RequestImport.class);
		Instant opened = Instant.now().minus(Duration.ofDays(3));
		long importStart = System.nanoTime();
		List<UUID> ids = new ArrayList<>();
		for (int batch = 0; batch < DUE / 100; batch++) {
			List<ImportedRequest> requests = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				int n = batch * 100 + i;
				requests.add(new ImportedRequest(organisation.organisations.get(n % organisation.organisations.size()),
						organisation.delivery, "Delivery " + n, "A delivery that did not come.", Level.MEDIUM,
						Level.MEDIUM, null, null, null, RequestChannel.API, opened.plusSeconds(n), null, List.of()));
			}
			SystemActor.run(() -> imports.importAll(requests).forEach((imported) -> ids.add(imported.id())));
		}
		say("Imported " + ids.size() + " requests in " + (System.nanoTime() - importStart) / 1_000_000 + " ms");
		long filler = TOTAL - count(jdbc, "select count(*) from sla_clock");
		long fillStart = System.nanoTime();
		jdbc.update("insert into sla_clock (request_id, clock_key, kind, priority, state, started_at, due_at, next_at,"
				+ " elapsed_seconds, target_seconds, cycle) select gen_random_uuid(), 'resolution', 'RESOLUTION', 'P3',"
				+ " 'running', now(), now() + interval '30 days', now() + (1 + random() * 30) * interval '1 day', 0,"
				+ " 28800, 0 from generate_series(1, ?)", filler);
		jdbc.execute("analyze sla_clock");
		say("Index rows: " + count(jdbc, "select count(*) from sla_clock") + " (" + filler + " written in "
				+ (System.nanoTime() - fillStart) / 1_000_000 + " ms); due now: "
				+ count(jdbc, "select count(distinct request_id) from sla_clock where next_at <= now()"));
		say("Plan of the index query:");
		jdbc.queryForList("explain select request_id from sla_clock where next_at <= now() group by request_id"
				+ " order by min(next_at) fetch first 500 rows only", String.class).forEach((line) -> say("  " + line));

		SlaManagement sla = context.getBean(SlaManagement.class);
		List<Double> sweeps = new ArrayList<>();
		List<Double> queries = new ArrayList<>();
		List<Double> tells = new ArrayList<>();
		int rounds = Integer.getInteger("bench.rounds", 9);
		for (int round = 0; round < rounds; round++) {
			reset(jdbc, ids);
			long queryStart = System.nanoTime();
			jdbc.queryForList("select request_id from sla_clock where next_at <= ? group by request_id"
					+ " order by min(next_at) fetch first 500 rows only", UUID.class,
					org.servicechain.shared.SqlTimes.utc(Instant.now()));
			double queryMs = (System.nanoTime() - queryStart) / 1e6;
			long start = System.nanoTime();
			int acted = 0;
			int sweepsRun = 0;
			// The sweep takes up to 500 requests a run; 1,000 due take two runs.
			while (true) {
				int done = SystemActor.call(sla::sweep);
				sweepsRun++;
				if (done == 0) {
					break;
				}
				acted += done;
			}
			double ms = (System.nanoTime() - start) / 1e6;
			// The alerts are told after each batch commits, on another thread: wait until
			// all are told, so one round's telling does not share the cores with the next
			// round's sweep, and report how long the telling took after the sweep.
			long tellWait = System.nanoTime();
			long untold = untold(jdbc);
			while (untold > 0 && System.nanoTime() - tellWait < Duration.ofMinutes(2).toNanos()) {
				Thread.sleep(20);
				untold = untold(jdbc);
			}
			double tellMs = (System.nanoTime() - tellWait) / 1e6;
			say(String.format(
					"round %d%s: %d actions in %d sweep runs, %.1f ms; index query alone %.2f ms;"
							+ " all alerts told %.0f ms after the sweep (%d untold)",
					round + 1, (round < 2) ? " (warm-up)" : "", acted, sweepsRun, ms, queryMs, tellMs, untold));
			if (round >= 2) {
				sweeps.add(ms);
				queries.add(queryMs);
				tells.add(tellMs);
			}
		}
		say(String.format("Sweep of %d due among %d clocks: median %.1f ms, min %.1f ms, max %.1f ms", DUE,
				count(jdbc, "select count(*) from sla_clock"), median(sweeps),
				sweeps.stream().mapToDouble(Double::doubleValue).min().orElse(0),
				sweeps.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
		say(String.format("Index query alone: median %.2f ms", median(queries)));
		say(String.format("Telling the alerts after the sweep: median %.0f ms", median(tells)));
	}

	/** Makes the 1,000 requests' clocks due again, as if no sweep had run. */
	private static void reset(JdbcTemplate jdbc, List<UUID> ids) {
		jdbc.update("delete from sla_action");
		jdbc.update("delete from request_notice");
		for (int i = 0; i < ids.size(); i += 500) {
			List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
			String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
			jdbc.update("update sla_clock set next_at = now() - interval '1 minute' where request_id in (" + marks + ")",
					chunk.toArray());
		}
	}

	private static long untold(JdbcTemplate jdbc) {
		return count(jdbc, "select count(*) from notify_happening where processed_at is null");
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	private static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return (sorted.length == 0) ? 0 : sorted[sorted.length / 2];
	}

	private static void postgres(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/postgres",
				"postgres", ""); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static void say(String line) {
		System.out.println(line);
	}


}
