package org.servicechain.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.servicechain.Servicechain;
import org.servicechain.search.SearchIndexing;
import org.servicechain.search.SiteSearch;

/**
 * Search latency over the demo organisation plus a bulk of generated requests, each with
 * one public reply (issue 11): starts Servicechain on in-memory H2 with the demo, inserts
 * the requests with JDBC (the realistic text is what matters to the engine, not how the
 * rows arrived), rebuilds the Lucene index with the mass indexer (the indexing rate), then
 * runs a fixed mix of queries (words, typos, references, names) through {@link SiteSearch}
 * as an agent and as a customer, one thread, after a warm-up. Prints a Markdown report.
 *
 * <pre>
 * ./mvnw -Pbench -DskipTests test-compile exec:exec@search-bench -Dharness.args="50000 1000"
 * </pre>
 */
public final class SearchBenchmark {

	static final List<String> APPLIANCES = List.of("washing machine", "fridge freezer", "dishwasher",
			"tumble dryer", "range cooker", "microwave", "built-in oven", "wine cooler", "cooker hood", "kettle");

	static final List<String> PROBLEMS = List.of("not delivered", "arrived damaged", "is leaking",
			"makes a loud grinding noise", "will not start", "door hinge broken", "missing parts",
			"installation booked but nobody came", "wrong model delivered", "error code E21 on the display");

	static final List<String> CARRIERS = List.of("SwiftParcel Couriers", "FastLane Logistics", "our own van",
			"the warehouse team");

	static final List<String> NAMES = List.of("Carol Hughes", "Oliver Bennett", "Priya Sharma", "George Clarke",
			"Fatima Ali", "Harry Wilson", "Chloe Evans", "Daniel Okafor", "Sophie Turner", "Mohammed Khan");

	static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");

	static final List<String> QUERIES = List.of("washing machine leaking", "Swiftparcle", "SwiftParcel",
			"fridge", "dishwsher noise", "HH-123456", "REQ-1500", "door hinge", "Carol Hughes",
			"installation nobody came", "microwave", "leak", "tumble dryer damaged", "FastLane", "not delivered Friday",
			"E21", "wine coler", "grinding", "warehouse", "Okafor");

	private static final int BATCH = 10_000;

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int requests = (args.length > 0) ? Integer.parseInt(args[0]) : 50_000;
		int measured = (args.length > 1) ? Integer.parseInt(args[1]) : 1_000;
		Path index = Files.createTempDirectory("servicechain-search-bench");
		ConfigurableApplicationContext context = SpringApplication.run(Servicechain.class, "--server.port=0",
				"--server.address=127.0.0.1", "--spring.datasource.url=jdbc:h2:mem:searchbench;DB_CLOSE_DELAY=-1",
				"--servicechain.demo.enabled=true", "--servicechain.search.index-directory=" + index,
				"--servicechain.search.index-on-startup=false", "--servicechain.scheduler.autostart=false",
				"--logging.level.root=warn", "--logging.level.org.servicechain=warn");
		try {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long insertStarted = System.nanoTime();
			insert(jdbc, requests);
			long insertNanos = System.nanoTime() - insertStarted;

			EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
			long indexStarted = System.nanoTime();
			Search.mapping(emf).scope(Object.class).massIndexer()
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(100)
				.startAndWait();
			long indexNanos = System.nanoTime() - indexStarted;
			long documents = as(context, "alex.agent", () -> context.getBean(SearchIndexing.class).documents());

			SiteSearch search = context.getBean(SiteSearch.class);
			StringBuilder report = new StringBuilder();
			report.append("- generated requests: ")
				.append(requests)
				.append(" (+ one public reply each), inserted in ")
				.append(insertNanos / 1_000_000)
				.append(" ms\n- documents in the index: ")
				.append(documents)
				.append("\n- mass indexing: ")
				.append(indexNanos / 1_000_000)
				.append(" ms, ")
				.append(documents * 1_000_000_000L / Math.max(1, indexNanos))
				.append(" documents/s (2 loading threads, batches of 100)\n\n");
			report.append("| who | what | queries | p50 ms | p95 ms | p99 ms | max ms | hits of 1st query |\n");
			report.append("|---|---|---|---|---|---|---|---|\n");
			for (String user : List.of("alex.agent", "carol.customer")) {
				report.append(phase(context, user, "overview (all kinds, 5 each)", measured,
						(q) -> search.overview(q, 5).stream().mapToLong(SiteSearch.Group::total).sum()));
				// Totals are exact up to SearchResult.COUNTED_UP_TO per kind, lower bounds
				// beyond.
				report.append(phase(context, user, "one kind, page of 20", measured,
						(q) -> search.page(q, "request", 0, 20).totalItems()));
			}
			System.out.println("\n=== search benchmark ===\n" + report);
		}
		finally {
			context.close();
		}
	}

	private static String phase(ConfigurableApplicationContext context, String user, String what, int measured,
			java.util.function.ToLongFunction<String> query) {
		return as(context, user, () -> {
			for (int i = 0; i < Math.max(100, measured / 5); i++) {
				query.applyAsLong(QUERIES.get(i % QUERIES.size()));
			}
			long[] nanos = new long[measured];
			long first = query.applyAsLong(QUERIES.get(0));
			for (int i = 0; i < measured; i++) {
				String q = QUERIES.get(i % QUERIES.size());
				long started = System.nanoTime();
				query.applyAsLong(q);
				nanos[i] = System.nanoTime() - started;
			}
			Arrays.sort(nanos);
			return "| " + user + " | " + what + " | " + measured + " | " + ms(nanos, 0.50) + " | " + ms(nanos, 0.95)
					+ " | " + ms(nanos, 0.99) + " | " + ms(nanos, 1.0) + " | " + first + " |\n";
		});
	}

	private static String ms(long[] sorted, double p) {
		int rank = (int) Math.ceil(p * sorted.length);
		return String.format("%.1f", sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6);
	}

	private static <T> T as(ConfigurableApplicationContext context, String username, Supplier<T> work) {
		UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext security = SecurityContextHolder.createEmptyContext();
		security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(security);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static void insert(JdbcTemplate jdbc, int count) {
		List<Map<String, Object>> shapes = jdbc.queryForList(
				"select requester_party_id, requester_internal, raised_by, service_id, provider_party_id from service_request");
		long reference = jdbc.queryForObject("select coalesce(max(reference_number), 0) from service_request",
				Long.class) + 1;
		Random random = new Random(11);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> messages = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			if (rows.size() == BATCH) {
				write(jdbc, rows, messages);
			}
			Map<String, Object> shape = shapes.get(random.nextInt(shapes.size()));
			String appliance = pick(random, APPLIANCES);
			String problem = pick(random, PROBLEMS);
			String name = pick(random, NAMES);
			String order = "HH-" + (100_000 + random.nextInt(900_000));
			String day = pick(random, DAYS);
			String summary = capitalise(appliance) + " " + problem;
			String description = "Order " + order + " for " + name + ": the " + appliance + " " + problem + " on "
					+ day + ". It came with " + pick(random, CARRIERS) + ". " + name.split(" ")[0]
					+ " would like a call back before noon and is at home on " + pick(random, DAYS) + ".";
			UUID id = UUID.randomUUID();
			Timestamp opened = Timestamp.from(now.minus(random.nextInt(3 * 365 * 24), ChronoUnit.HOURS));
			rows.add(new Object[] { id, reference++, shape.get("requester_party_id"), shape.get("requester_internal"),
					shape.get("raised_by"), shape.get("service_id"), shape.get("provider_party_id"), summary,
					description, (random.nextInt(4) == 0) ? "OPEN" : "CLOSED", opened, opened });
			messages.add(new Object[] { UUID.randomUUID(), id,
					"We have asked " + pick(random, CARRIERS) + " about the " + appliance + " and will call " + name
							+ " on " + pick(random, DAYS) + ".",
					opened });
		}
		write(jdbc, rows, messages);
		ManagementFactory.getMemoryMXBean().gc();
	}

	/**
	 * Inserts one batch and empties the lists (a million rows do not fit in memory as
	 * one list next to the in-memory database).
	 */
	private static void write(JdbcTemplate jdbc, List<Object[]> rows, List<Object[]> messages) {
		jdbc.batchUpdate("insert into service_request (id, version, reference_number, requester_party_id,"
				+ " requester_internal, raised_by, channel, service_id, provider_party_id, impact, urgency, priority,"
				+ " summary, description, status, opened_at, last_activity_at) values (?, 0, ?, ?, ?, ?, 'PORTAL', ?, ?,"
				+ " 'MEDIUM', 'MEDIUM', 'P3', ?, ?, ?, ?, ?)", rows);
		jdbc.batchUpdate("insert into request_message (id, request_id, visibility, author_side, author, author_name,"
				+ " body, created_at) values (?, ?, 'PUBLIC', 'STAFF', 'alex.agent', 'Alex Agent', ?, ?)", messages);
		rows.clear();
		messages.clear();
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
