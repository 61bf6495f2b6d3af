package org.servicechain.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.servicechain.Servicechain;

/**
 * The requests API under load (issue 7, "Performance"): starts Servicechain itself on a
 * random port of 127.0.0.1 with the demo off, against an in-memory H2 database or a
 * PostgreSQL database it creates and drops, builds an organisation, makes agents with API
 * tokens, warms up, and then drives each phase with the same number of clients for a
 * bounded time and count: create requests (with and without {@code Idempotency-Key}),
 * reply, read one, list a team's queue, list with filters. Throughput and p50/p95/p99 per
 * phase go to the console and to a Markdown report with the machine, the date, the JVM
 * and the database; the raw PostgreSQL rate of {@code ../shared/bench/pg-raw-insert.sh}
 * is measured in the same session, before and after, for the ratio. Optionally a JFR
 * recording of one phase says where its time goes.
 *
 * <pre>
 * ./mvnw -Pbench -DskipTests test-compile exec:exec@load-harness -Dharness.args="--db h2,postgres"
 * </pre>
 *
 * Options: {@code --db h2,postgres}, {@code --clients 8}, {@code --warmup 10} and
 * {@code --seconds 20} (per phase), {@code --max-ops 100000} (per phase),
 * {@code --customers 200}, {@code --profile create} (a phase to record with JFR),
 * {@code --raw-seconds 20}, {@code --report bench/results/<date>-requests-api.md}.
 */
public final class RequestsLoadHarness {

	private static final String HOST = "127.0.0.1";

	private static final List<String> PHASES = List.of("create", "create-no-key", "reply", "read", "queue", "filter");

	/** The id at the start of a created request's JSON. */
	private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");

	private final Map<String, String> options;

	private final int clients;

	private final Duration warmup;

	private final Duration measure;

	private final int maxOps;

	private final StringBuilder report = new StringBuilder();

	private final List<String> console = new ArrayList<>();

	private final Map<String, Map<String, Latencies.Summary>> results = new LinkedHashMap<>();

	private final List<Double> rawRates = new ArrayList<>();

	private final List<String> rawOutputs = new ArrayList<>();

	private final Map<String, String> profiles = new LinkedHashMap<>();

	private String organisationSize = "";

	private RequestsLoadHarness(Map<String, String> options) {
		this.options = options;
		this.clients = Integer.parseInt(options.getOrDefault("clients", "8"));
		this.warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
		this.measure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
		this.maxOps = Integer.parseInt(options.getOrDefault("max-ops", "100000"));
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		new RequestsLoadHarness(options).run();
		System.exit(0);
	}

	private void run() throws Exception {
		Instant started = Instant.now();
		String loadBefore = loadAverage();
		for (String database : this.options.getOrDefault("db", "h2,postgres").split(",")) {
			if (database.equals("postgres")) {
				rawRate("before");
			}
			runOn(database.strip());
			if (database.equals("postgres")) {
				rawRate("after");
			}
		}
		writeReport(started, loadBefore, loadAverage());
	}

	// One database

	private void runOn(String database) throws Exception {
		String dbName = "requests_bench_" + ProcessHandle.current().pid();
		String url = database.equals("postgres") ? "jdbc:postgresql://" + HOST + ":5432/" + dbName
				: "jdbc:h2:mem:" + dbName + ";DB_CLOSE_DELAY=-1";
		if (database.equals("postgres")) {
			postgres("create database " + dbName);
		}
		ConfigurableApplicationContext context = null;
		try {
			context = SpringApplication.run(Servicechain.class, "--server.port=0", "--server.address=" + HOST,
					"--servicechain.demo.enabled=false", "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + (database.equals("postgres") ? "postgres" : "sa"),
					"--spring.datasource.password=",
					"--servicechain.identity.initial-admin-password=" + UUID.randomUUID(),
					"--spring.main.banner-mode=off", "--logging.level.root=warn",
					"--logging.level.org.servicechain=warn");
			String base = "http://" + HOST + ":" + context.getEnvironment().getRequiredProperty("local.server.port");
			String databaseVersion;
			try (Connection connection = context.getBean(DataSource.class).getConnection()) {
				databaseVersion = connection.getMetaData().getDatabaseProductName() + " "
						+ connection.getMetaData().getDatabaseProductVersion();
			}
			say("== " + database + " (" + databaseVersion + ") at " + base);
			BenchOrganisation organisation = new BenchOrganisation(context);
			organisation.build(Integer.parseInt(this.options.getOrDefault("customers", "200")));
			this.organisationSize = organisation.describe();
			List<String> tokens = new ArrayList<>();
			for (int i = 0; i < this.clients; i++) {
				tokens.add(organisation.agentToken("bench-agent-" + i));
			}
			Load load = new Load(base, tokens, organisation);
			Map<String, Latencies.Summary> figures = new LinkedHashMap<>();
			// Warm up every phase first (JIT, pools, caches), then measure each.
			for (String phase : PHASES) {
				load.run(phase, this.warmup, this.maxOps);
			}
			List<String> profiled = List.of(this.options.getOrDefault("profile", "").split(","));
			for (String phase : PHASES) {
				Recording recording = null;
				if (profiled.contains(phase)) {
					recording = new Recording(Configuration.getConfiguration("profile"));
					recording.start();
				}
				String loadAt = loadAverage();
				Latencies.Summary summary = load.run(phase, this.measure, this.maxOps);
				figures.put(phase, summary);
				say(String.format(
						"%-14s %7d ops %5d errors %9.1f /s  p50 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f ms"
								+ "  CPU %5.2f ms/op  (load %s)",
						phase, summary.operations(), summary.errors(), summary.perSecond(), ms(summary.p50()),
						ms(summary.p95()), ms(summary.p99()), ms(summary.max()), summary.cpuMillisPerOperation(),
						loadAt));
				if (recording != null) {
					recording.stop();
					Path file = Path.of("target", "load-harness-" + database + "-" + phase + ".jfr");
					recording.dump(file);
					recording.close();
					this.profiles.put(database + ", " + phase,
							CreatePathProfile.of(file).table() + "\nRecording: `" + file + "`\n");
				}
			}
			this.results.put(database + " (" + databaseVersion + ")", figures);
		}
		finally {
			if (context != null) {
				context.close();
			}
			if (database.equals("postgres")) {
				postgres("drop database if exists " + dbName + " with (force)");
			}
		}
	}

	/**
	 * The clients and what each phase does.
	 */
	private final class Load {

		private final String base;

		private final List<String> tokens;

		private final BenchOrganisation organisation;

		private final HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private final List<String> created = new CopyOnWriteArrayList<>();

		Load(String base, List<String> tokens, BenchOrganisation organisation) {
			this.base = base;
			this.tokens = tokens;
			this.organisation = organisation;
		}

		Latencies.Summary run(String phase, Duration duration, int maxOps) throws InterruptedException {
			Latencies latencies = new Latencies();
			AtomicInteger started = new AtomicInteger();
			AtomicInteger errors = new AtomicInteger();
			List<String> firstErrors = new CopyOnWriteArrayList<>();
			CountDownLatch done = new CountDownLatch(RequestsLoadHarness.this.clients);
			long cpuBegin = processCpuTime();
			long begin = System.nanoTime();
			long end = begin + duration.toNanos();
			for (int client = 0; client < RequestsLoadHarness.this.clients; client++) {
				String token = this.tokens.get(client);
				Thread thread = new Thread(() -> {
					try {
						while (System.nanoTime() < end && started.incrementAndGet() <= maxOps) {
							HttpRequest request = request(phase, token);
							long sent = System.nanoTime();
							HttpResponse<String> response = this.http.send(request,
									HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
							long took = System.nanoTime() - sent;
							if (response.statusCode() >= 300) {
								errors.incrementAndGet();
								if (firstErrors.size() < 3) {
									firstErrors.add(response.statusCode() + " " + response.body());
								}
								continue;
							}
							latencies.add(took);
							if (phase.startsWith("create")) {
								Matcher id = ID.matcher(response.body());
								if (id.find()) {
									this.created.add(id.group(1));
								}
							}
						}
					}
					catch (IOException ex) {
						errors.incrementAndGet();
						firstErrors.add(ex.toString());
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					finally {
						done.countDown();
					}
				}, "load-client-" + client);
				thread.start();
			}
			done.await();
			long elapsed = System.nanoTime() - begin;
			long cpu = processCpuTime() - cpuBegin;
			if (!firstErrors.isEmpty()) {
				say("   first errors of " + phase + ": " + firstErrors);
			}
			return latencies.summary(elapsed, cpu, errors.get());
		}

		private HttpRequest request(String phase, String token) {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			HttpRequest.Builder builder;
			switch (phase) {
				case "create", "create-no-key" -> {
					boolean organisation = random.nextBoolean();
					List<UUID> requesters = organisation ? this.organisation.organisations : this.organisation.people;
					int index = random.nextInt(requesters.size());
					// Every other person, and every organisation, also receives repair.
					boolean repair = (organisation || index % 2 == 0) && random.nextBoolean();
					String body = """
							{"service":"%s","requester":"%s","summary":"Washing machine not delivered, order HH-%d",\
							"description":"The washing machine was booked for Tuesday between 07:00 and 12:00. \
							Nobody came and the tracking page still says out for delivery. Please rebook.",\
							"impact":"%s","urgency":"%s"}""".formatted(
							repair ? this.organisation.repair : this.organisation.delivery, requesters.get(index),
							400_000 + random.nextInt(99_999), level(random), level(random));
					builder = post("/api/v1/requests", body);
					if (phase.equals("create")) {
						builder.header("Idempotency-Key", UUID.randomUUID().toString());
					}
				}
				case "reply" -> builder = post("/api/v1/requests/" + someRequest() + "/replies",
						"{\"body\":\"Sorry for the wait. I have asked the courier for the first free slot and "
								+ "will come back to you today.\"}");
				case "read" -> builder = get("/api/v1/requests/" + someRequest());
				case "queue" -> builder = get("/api/v1/queues/" + this.organisation.frontLine + "?size=25");
				case "filter" -> builder = get(switch (random.nextInt(4)) {
					case 0 -> "/api/v1/requests?status=OPEN&priority=P2&size=25";
					case 1 ->
						"/api/v1/requests?active=true&service=" + this.organisation.delivery + "&sort=due&size=25";
					case 2 -> "/api/v1/requests?requester=" + this.organisation.organisations.get(random.nextInt(5))
							+ "&size=25";
					default -> "/api/v1/requests?active=true&internal=false&q=washing&size=25";
				});
				default -> throw new IllegalArgumentException("no phase " + phase);
			}
			return builder.header("Authorization", "Bearer " + token).header("Accept", "application/json").build();
		}

		private String someRequest() {
			return this.created.get(ThreadLocalRandom.current().nextInt(this.created.size()));
		}

		private HttpRequest.Builder post(String path, String json) {
			return HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json));
		}

		private HttpRequest.Builder get(String path) {
			return HttpRequest.newBuilder(URI.create(this.base + path)).GET();
		}

		private static String level(ThreadLocalRandom random) {
			return List.of("HIGH", "MEDIUM", "LOW").get(random.nextInt(3));
		}

	}

	// The raw rate, PostgreSQL and the machine

	private void rawRate(String when) throws IOException, InterruptedException {
		Path script = Path.of(this.options.getOrDefault("raw-script", "../shared/bench/pg-raw-insert.sh"));
		if (!Files.exists(script)) {
			say("(no " + script + "; the raw PostgreSQL rate is not measured)");
			return;
		}
		String seconds = this.options.getOrDefault("raw-seconds", "20");
		String output = command("bash", script.toString(), seconds, String.valueOf(this.clients));
		say("raw PostgreSQL (" + when + "): " + output.replace('\n', ';'));
		Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
		if (tps.find()) {
			this.rawRates.add(Double.parseDouble(tps.group(1)));
			this.rawOutputs.add(when + ": " + output.strip());
		}
	}

	private static void postgres(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/postgres",
				"postgres", ""); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String command(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return output.strip();
	}

	private static long processCpuTime() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " / " + parts[1] + " / " + parts[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String cpuModel() throws IOException {
		return Files.readAllLines(Path.of("/proc/cpuinfo"))
			.stream()
			.filter((line) -> line.startsWith("model name"))
			.map((line) -> line.substring(line.indexOf(':') + 1).strip())
			.findFirst()
			.orElse("unknown");
	}

	// Report

	private void writeReport(Instant started, String loadBefore, String loadAfter) throws Exception {
		LocalDate date = LocalDate.ofInstant(started, ZoneOffset.UTC);
		Path path = Path.of(this.options.getOrDefault("report", "bench/results/" + date + "-requests-api.md"));
		StringBuilder md = this.report;
		md.append("# Requests API under load, ").append(date).append("\n\n");
		md.append("Written by `org.servicechain.bench.RequestsLoadHarness` (src/bench/java). Each phase runs ")
			.append(this.clients)
			.append(" clients (platform threads, `java.net.http.HttpClient`, HTTP/1.1, one bearer token per client) ")
			.append("for ")
			.append(this.measure.toSeconds())
			.append(" s or ")
			.append(this.maxOps)
			.append(" operations, whichever comes first, after a ")
			.append(this.warmup.toSeconds())
			.append(" s warm-up of every phase. The application runs in the same JVM as the clients, on 127.0.0.1.")
			.append(" Latency is from sending the request to having read the whole response; only 2xx answers count.")
			.append(" JVM CPU ms/op is the CPU time of the whole JVM (application and clients; not the PostgreSQL")
			.append(" server's) over the phase divided by its operations: on a shared machine it moves less with")
			.append(" other people's load than throughput does.")
			.append("\n\n");
		md.append("## Machine\n\n");
		md.append("- Date: ")
			.append(started.truncatedTo(ChronoUnit.SECONDS))
			.append(" to ")
			.append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
			.append("\n");
		md.append("- `nproc`: ").append(command("nproc")).append("\n");
		md.append("- CPU: ").append(cpuModel()).append("\n");
		md.append("- `free -g`:\n\n```\n").append(command("free", "-g")).append("\n```\n");
		md.append("- JVM: ")
			.append(System.getProperty("java.vm.name"))
			.append(" ")
			.append(System.getProperty("java.runtime.version"))
			.append(", max heap ")
			.append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
			.append(" MB, ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" processors\n");
		md.append("- Load average (1/5/15 min) at the start: ")
			.append(loadBefore)
			.append("; at the end: ")
			.append(loadAfter)
			.append(" (the machine is shared; each phase's own is in the console output below)\n");
		md.append("- Organisation: ").append(this.organisationSize).append("\n\n");
		for (Map.Entry<String, Map<String, Latencies.Summary>> database : this.results.entrySet()) {
			md.append("## ").append(database.getKey()).append("\n\n");
			md.append(
					"| phase | operations | errors | per second | p50 ms | p95 ms | p99 ms | max ms | JVM CPU ms/op |\n");
			md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
			database.getValue()
				.forEach((phase, summary) -> md
					.append(String.format("| %s | %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", phase,
							summary.operations(), summary.errors(), summary.perSecond(), ms(summary.p50()),
							ms(summary.p95()), ms(summary.p99()), ms(summary.max()), summary.cpuMillisPerOperation())));
			md.append("\n");
		}
		md.append(
				"Phases: `create` POSTs a request (JSON) with an `Idempotency-Key`; `create-no-key` the same without; ")
			.append("`reply` POSTs a public reply to a request created before; `read` GETs one; `queue` GETs the ")
			.append("front line's queue (25 items); `filter` GETs the list with one of four filters (status and ")
			.append("priority; active for a service sorted by due; a requester; text).\n\n");
		if (!this.rawRates.isEmpty()) {
			double raw = this.rawRates.stream().mapToDouble(Double::doubleValue).average().orElse(0);
			md.append("## Against the raw PostgreSQL rate\n\n");
			md.append("`../shared/bench/pg-raw-insert.sh` (a request-shaped row plus one event row per transaction, ")
				.append(this.clients)
				.append(" clients) in the same session, before and after the PostgreSQL phases:\n\n```\n");
			this.rawOutputs.forEach((output) -> md.append(output).append("\n"));
			md.append("```\n\n");
			this.results.forEach((database, figures) -> {
				if (database.startsWith("postgres")) {
					for (String phase : List.of("create", "create-no-key")) {
						Latencies.Summary create = figures.get(phase);
						md.append(String.format(
								"- `%s`: %.1f /s against %.1f /s raw (mean of %d runs) = **%.1f %%** of the raw rate; "
										+ "target 40 %%: %s. p99 %.2f ms; target under 50 ms: %s.%n",
								phase, create.perSecond(), raw, this.rawRates.size(), 100 * create.perSecond() / raw,
								(create.perSecond() >= 0.4 * raw) ? "met" : "not met", ms(create.p99()),
								ms(create.p99()) < 50 ? "met" : "not met"));
					}
				}
			});
			md.append("\n");
		}
		md.append("## Reads against the target\n\n");
		this.results.forEach((database, figures) -> {
			for (String phase : List.of("read", "queue", "filter")) {
				Latencies.Summary read = figures.get(phase);
				md.append(String.format("- %s, `%s`: %.1f /s; target 2,000 /s: %s%n", database, phase, read.perSecond(),
						read.perSecond() >= 2000 ? "met" : "not met"));
			}
		});
		md.append("\n");
		if (!this.profiles.isEmpty()) {
			md.append("## Where the time of the profiled phases goes (JFR)\n\n");
			md.append("Samples of the `")
				.append(this.options.get("profile"))
				.append("` phases, each given to the first marker from the leaf of its stack upwards ")
				.append("(`CreatePathProfile`). Running samples are threads executing Java code (server and clients ")
				.append("share the JVM); waiting samples are request threads in native code, mostly reading the ")
				.append("database's answer from a socket.\n\n");
			this.profiles.forEach(
					(database, table) -> md.append("### ").append(database).append("\n\n").append(table).append("\n"));
		}
		md.append("## Console\n\n```\n");
		this.console.forEach((line) -> md.append(line).append("\n"));
		md.append("```\n");
		Files.createDirectories(path.toAbsolutePath().getParent());
		Files.writeString(path, md.toString());
		System.out.println("Report written to " + path.toAbsolutePath());
	}

	private void say(String line) {
		System.out.println(line);
		this.console.add(line);
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
