package org.servicechain.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.servicechain.Servicechain;
import org.servicechain.agreements.AgreementHeader;
import org.servicechain.agreements.AgreementKind;
import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementTerms;
import org.servicechain.agreements.AgreementView;
import org.servicechain.agreements.ConflictRule;
import org.servicechain.agreements.Formality;
import org.servicechain.agreements.Priority;
import org.servicechain.agreements.Side;
import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.businesscalendars.CalendarDetails;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.Channel;
import org.servicechain.chain.ContactDetails;
import org.servicechain.chain.CustomerType;
import org.servicechain.chain.LinkDetails;
import org.servicechain.chain.PartyDetails;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.ServiceDetails;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;

/**
 * The whole-organisation chain map of a large generated organisation (issue 14): by
 * default 2,000 parties and 10,000 links (40 internal teams, 160 suppliers and partners,
 * 1,800 customers receiving five of eight end-user services each from the front-line
 * teams, 1,000 supply links), a few OLAs and customer SLAs. Starts Servicechain on
 * in-memory H2 with the demo off, builds the organisation through the facades (not
 * measured), then measures the map's data, the link health and the page over HTTP, and
 * the time until the map is drawn in the machine's Chromium, and writes
 * {@code bench/results/<date>-chain-map.md} with a screenshot.
 *
 * <pre>
 * ./mvnw -Pbench -DskipTests test-compile exec:exec@chain-map-bench -Dharness.args="--parties 2000 --links 10000"
 * </pre>
 */
public final class ChainMapBenchmark {

	private static final String HOST = "127.0.0.1";

	private static final String PASSWORD = "bench-map-password-" + UUID.randomUUID();

	private final Map<String, String> options = new LinkedHashMap<>();

	private final List<String> report = new ArrayList<>();

	private ChainManagement chain;

	private AgreementManagement agreements;

	private UUID calendar;

	private int partyCount;

	private int linkCount;

	private int agreementCount;

	private ChainMapBenchmark(String[] args) {
		for (int i = 0; i + 1 < args.length; i += 2) {
			this.options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
	}

	public static void main(String[] args) throws Exception {
		new ChainMapBenchmark(args).run();
		System.exit(0);
	}

	private void run() throws Exception {
		int parties = Integer.parseInt(this.options.getOrDefault("parties", "2000"));
		int links = Integer.parseInt(this.options.getOrDefault("links", "10000"));
		int rounds = Integer.parseInt(this.options.getOrDefault("rounds", "15"));
		String load = loadAverage();
		ConfigurableApplicationContext context = SpringApplication.run(Servicechain.class, "--server.port=0",
				"--server.address=" + HOST, "--servicechain.demo.enabled=false",
				"--spring.datasource.url=jdbc:h2:mem:map_bench_" + ProcessHandle.current().pid() + ";DB_CLOSE_DELAY=-1",
				"--spring.datasource.username=sa", "--spring.datasource.password=",
				"--servicechain.identity.initial-admin-password=" + UUID.randomUUID(), "--spring.main.banner-mode=off",
				"--logging.level.root=warn", "--logging.level.org.servicechain=warn");
		try {
			this.chain = context.getBean(ChainManagement.class);
			this.agreements = context.getBean(AgreementManagement.class);
			String base = "http://" + HOST + ":" + context.getEnvironment().getRequiredProperty("local.server.port");
			long buildStart = System.nanoTime();
			SystemActor.run(() -> build(context, parties, links));
			long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
			say("built " + this.partyCount + " parties, " + this.linkCount + " links, " + this.agreementCount
					+ " agreements in " + buildMillis + " ms");
			String token = token(context, "bench-map-manager");

			HttpClient http = HttpClient.newHttpClient();
			Map<String, String> paths = new LinkedHashMap<>();
			paths.put("map data, whole organisation", "/chain/map.json");
			paths.put("health of every link", "/agreements/link-health.json");
			paths.put("map page (HTML)", "/chain/map");
			List<String> rows = new ArrayList<>();
			for (Map.Entry<String, String> path : paths.entrySet()) {
				List<Long> times = new ArrayList<>();
				long bytes = 0;
				for (int i = 0; i < rounds + 3; i++) {
					long start = System.nanoTime();
					HttpResponse<byte[]> response = http.send(
							HttpRequest.newBuilder(URI.create(base + path.getValue()))
								.header("Authorization", "Bearer " + token)
								.header("Accept", path.getValue().endsWith(".json") ? "application/json" : "text/html")
								.build(),
							HttpResponse.BodyHandlers.ofByteArray());
					long took = System.nanoTime() - start;
					if (response.statusCode() != 200) {
						throw new IllegalStateException(path.getValue() + " answered " + response.statusCode());
					}
					bytes = response.body().length;
					if (i >= 3) {
						times.add(took);
					}
				}
				times.sort(null);
				rows.add(String.format("| %s | `%s` | %.0f | %.0f | %.0f | %,d |", path.getKey(), path.getValue(),
						ms(times.get(times.size() / 2)), ms(times.get((int) Math.ceil(times.size() * 0.95) - 1)),
						ms(times.get(times.size() - 1)), bytes));
				say(rows.get(rows.size() - 1));
			}

			List<String> browserRows = browser(base, rounds);
			write(parties, links, rounds, buildMillis, load, rows, browserRows);
		}
		finally {
			context.close();
		}
	}

	private List<String> browser(String base, int rounds) {
		List<String> rows = new ArrayList<>();
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions()
					.setExecutablePath(Path.of(System.getProperty("servicechain.chromium", "/usr/bin/chromium")))
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu")));
			try (BrowserContext context = browser
				.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
				Page page = context.newPage();
				page.navigate(base + "/login");
				page.locator("#username").fill("bench-map-manager");
				page.locator("#password").fill(PASSWORD);
				page.locator("button[type=submit]").click();
				page.waitForURL(base + "/");
				List<Long> drawn = new ArrayList<>();
				List<Long> keyboard = new ArrayList<>();
				String counts = "";
				int browserRounds = Math.max(3, rounds / 3);
				for (int i = 0; i < browserRounds + 1; i++) {
					long start = System.nanoTime();
					page.navigate(base + "/chain/map");
					page.waitForSelector("#cy[data-ready=true]",
							new Page.WaitForSelectorOptions().setTimeout(120_000));
					long took = System.nanoTime() - start;
					// From a key press on the map to the next party focused and announced
					page.locator("#cy").focus();
					long keyStart = System.nanoTime();
					page.keyboard().press("ArrowRight");
					page.waitForFunction("() => document.getElementById('map-status').textContent.includes('Enter')");
					long keyTook = System.nanoTime() - keyStart;
					counts = page.locator("#cy").getAttribute("data-nodes") + " nodes and "
							+ page.locator("#cy").getAttribute("data-edges") + " arrows drawn";
					if (i >= 1) {
						drawn.add(took);
						keyboard.add(keyTook);
					}
				}
				drawn.sort(null);
				keyboard.sort(null);
				rows.add(String.format("| map drawn (navigation to `#cy[data-ready]`), %s | %.0f | %.0f | %d rounds |",
						counts, ms(drawn.get(drawn.size() / 2)), ms(drawn.get(drawn.size() - 1)), drawn.size()));
				rows.add(String.format("| arrow key to the next party announced | %.0f | %.0f | %d rounds |",
						ms(keyboard.get(keyboard.size() / 2)), ms(keyboard.get(keyboard.size() - 1)),
						keyboard.size()));
				// Opening the largest group of customers
				long expandStart = System.nanoTime();
				page.evaluate("() => { const g = window.servicechainMap.nodes('.group').max((n) => "
						+ "(n.data('members') || []).length).ele; g.emit('tap'); }");
				page.waitForSelector("#cy[data-ready=true]");
				long expand = System.nanoTime() - expandStart;
				rows.add(String.format("| open the largest group of customers, then %s | %.0f | | 1 round |",
						page.locator("#cy").getAttribute("data-nodes") + " nodes", ms(expand)));
				page.navigate(base + "/chain/map");
				page.waitForSelector("#cy[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(120_000));
				page.screenshot(new Page.ScreenshotOptions()
					.setPath(Path.of("bench", "results", LocalDate.now() + "-chain-map-" + this.partyCount + ".png")));
			}
			browser.close();
		}
		rows.forEach(ChainMapBenchmark::say);
		return rows;
	}

	// The organisation

	private void build(ConfigurableApplicationContext context, int parties, int links) {
		SplittableRandom random = new SplittableRandom(14);
		Map<DayOfWeek, List<String>> hours = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			hours.put(day, List.of("08:00-18:00"));
		}
		this.calendar = context.getBean(BusinessCalendarManagement.class)
			.create(new CalendarDetails("Office hours", null, "Europe/London", hours, List.of(), List.of()))
			.id();
		int teams = Math.max(10, parties / 50);
		int suppliers = Math.max(10, parties * 2 / 25);
		int customers = parties - teams - suppliers;
		List<UUID> teamIds = new ArrayList<>();
		List<UUID> supplierIds = new ArrayList<>();
		List<UUID> customerIds = new ArrayList<>();
		for (int i = 0; i < teams; i++) {
			teamIds.add(party("Team " + (i + 1), PartyKind.INTERNAL_TEAM, true, null));
		}
		for (int i = 0; i < suppliers; i++) {
			supplierIds.add(party((i % 4 == 0 ? "Partner " : "Supplier ") + (i + 1),
					i % 4 == 0 ? PartyKind.PARTNER : PartyKind.SUPPLIER, false, null));
		}
		for (int i = 0; i < customers; i++) {
			boolean internal = i % 30 == 0;
			customerIds.add(party((internal ? "Division " : "Customer ") + (i + 1), PartyKind.CUSTOMER, internal,
					internal ? CustomerType.ORGANISATION : (i % 5 == 0 ? CustomerType.ORGANISATION : CustomerType.PERSON)));
		}
		List<UUID> endUser = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			endUser.add(this.chain.createService(new ServiceDetails("End-user service " + (i + 1), null, null)).id());
		}
		List<UUID> supply = new ArrayList<>();
		for (int i = 0; i < 22; i++) {
			supply.add(this.chain.createService(new ServiceDetails("Supply service " + (i + 1), null, null)).id());
		}
		// Customers: five of the eight end-user services each, from one of two front-line
		// teams per service, so that customers fall into a few dozen groups.
		Set<String> made = new HashSet<>();
		int customerLinks = links - Math.min(links / 10, 1000);
		outer: for (int round = 0; round < 8; round++) {
			for (int c = 0; c < customerIds.size(); c++) {
				if (this.linkCount >= customerLinks) {
					break outer;
				}
				int s = (c + round) % 8;
				UUID provider = teamIds.get((s + ((c % 3 == 0) ? 8 : 0)) % teamIds.size());
				link(made, endUser.get(s), provider, customerIds.get(c));
			}
		}
		// Supply links: suppliers and teams to teams, upstream of the front line.
		int attempts = 0;
		while (this.linkCount < links && attempts++ < links * 20) {
			boolean fromSupplier = random.nextInt(3) > 0;
			UUID provider = fromSupplier ? supplierIds.get(random.nextInt(supplierIds.size()))
					: teamIds.get(16 + random.nextInt(Math.max(1, teamIds.size() - 16)));
			UUID consumer = teamIds.get(random.nextInt(Math.min(teamIds.size(), 24)));
			if (!provider.equals(consumer)) {
				link(made, supply.get(random.nextInt(supply.size())), provider, consumer);
			}
		}
		// A few agreements: OLAs on supply links and customer SLAs for organisations
		for (int i = 0; i < 5; i++) {
			UUID customer = customerIds.get(i * 5);
			agreement(AgreementKind.CUSTOMER_SLA, teamIds.get(i % 8), customer, endUser.get(i % 8), 24);
		}
	}

	private UUID party(String name, PartyKind kind, boolean internal, CustomerType type) {
		this.partyCount++;
		return this.chain.createParty(new PartyDetails(name, kind, internal, type, null, null, null, List.of())).id();
	}

	private void link(Set<String> made, UUID service, UUID provider, UUID consumer) {
		if (made.add(service + ">" + provider + ">" + consumer)) {
			this.chain.createLink(new LinkDetails(service, provider, consumer, null));
			this.linkCount++;
			if (this.linkCount % 1000 == 0) {
				say(this.linkCount + " links");
			}
		}
	}

	private void agreement(AgreementKind kind, UUID provider, UUID consumer, UUID service, int p1Hours) {
		if (this.chain.links(consumer, service).stream().noneMatch((l) -> l.providerId().equals(provider))) {
			return;
		}
		UUID providerSigner = signer(provider);
		UUID consumerSigner = signer(consumer);
		LocalDate start = LocalDate.now().minusMonths(1);
		List<AgreementTerms.Target> targets = new ArrayList<>();
		for (Priority priority : Priority.values()) {
			Duration resolution = Duration.ofHours((long) p1Hours * (priority.ordinal() + 1));
			targets.add(new AgreementTerms.Target(priority, resolution.dividedBy(8), resolution));
		}
		AgreementView agreement = this.agreements.create(
				new AgreementHeader("Bench " + kind + " " + (this.agreementCount + 1), kind, Formality.FORMAL, provider,
						consumer, List.of(service), this.calendar, start, null, start.plusYears(1), null, null),
				new AgreementTerms(targets,
						List.of(new AgreementTerms.QualityMeasure("On time", "%", new BigDecimal("95"), true)),
						List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
						ConflictRule.PRIORITY_THEN_EXTERNAL, null, null, null));
		agreement = this.agreements.propose(agreement.id(), agreement.version(), Side.CONSUMER, null);
		this.agreements.accept(agreement.id(), Side.PROVIDER, 1, providerSigner);
		agreement = this.agreements.accept(agreement.id(), Side.CONSUMER, 1, consumerSigner);
		this.agreements.activate(agreement.id(), agreement.version());
		this.agreementCount++;
	}

	private UUID signer(UUID party) {
		return this.chain
			.createContact(party,
					new ContactDetails("Signer " + UUID.randomUUID().toString().substring(0, 8), "Director", null, null,
							Channel.EMAIL, null, null, false, null, false, true, null, null, List.of()))
			.id();
	}

	private static String token(ConfigurableApplicationContext context, String username) {
		IdentityManagement identity = context.getBean(IdentityManagement.class);
		SystemActor.run(() -> identity
			.createUserAsSystem(new NewUser(username, "Bench map manager", null, PASSWORD, Role.MANAGER, null)));
		UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext security = SecurityContextHolder.createEmptyContext();
		security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(security);
		try {
			return identity.createToken("chain map benchmark", 1).secret();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	// The report

	private void write(int parties, int links, int rounds, long buildMillis, String loadBefore, List<String> http,
			List<String> browser) throws Exception {
		StringBuilder md = new StringBuilder();
		md.append("# Chain map of a large organisation (").append(LocalDate.now()).append(")\n\n");
		md.append("`ChainMapBenchmark` (src/bench/java): the whole-organisation chain map of a generated organisation, ")
			.append("asked for ")
			.append(parties)
			.append(" parties and ")
			.append(links)
			.append(" links; built through the facades (not measured) in ")
			.append(buildMillis)
			.append(" ms.\n\n");
		md.append("- Organisation: ")
			.append(this.partyCount)
			.append(" parties (internal teams, suppliers and partners, customers), ")
			.append(this.linkCount)
			.append(" links, ")
			.append(this.agreementCount)
			.append(" customer SLAs in force\n");
		md.append("- Machine: ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, ")
			.append(cpuModel())
			.append("; load average before the run ")
			.append(loadBefore)
			.append(", after ")
			.append(loadAverage())
			.append(" (the machine is shared with other builds)\n");
		md.append("- JVM: ")
			.append(System.getProperty("java.vm.name"))
			.append(" ")
			.append(System.getProperty("java.version"))
			.append(", ")
			.append(ManagementFactory.getRuntimeMXBean().getInputArguments())
			.append("; database: in-memory H2; server and browser on the same machine\n\n");
		md.append("## Server (one client, ").append(rounds).append(" requests after 3 warm-up requests)\n\n");
		md.append("| what | path | p50 ms | p95 ms | max ms | bytes |\n|---|---|---|---|---|---|\n");
		http.forEach((row) -> md.append(row).append("\n"));
		md.append("\n## Browser (headless Chromium, 1440×900)\n\n");
		md.append("| what | p50 ms | max ms | |\n|---|---|---|---|\n");
		browser.forEach((row) -> md.append(row).append("\n"));
		md.append("\nScreenshot: `")
			.append(LocalDate.now())
			.append("-chain-map-")
			.append(this.partyCount)
			.append(".png`. Run with `./mvnw -Pbench -DskipTests test-compile exec:exec@chain-map-bench`.\n");
		Path file = Path.of("bench", "results", LocalDate.now() + "-chain-map.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, md.toString());
		say("wrote " + file);
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown CPU");
		}
		catch (Exception ex) {
			return "unknown CPU";
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (Exception ex) {
			return "?";
		}
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	private static void say(String line) {
		System.out.println(line);
	}

}
