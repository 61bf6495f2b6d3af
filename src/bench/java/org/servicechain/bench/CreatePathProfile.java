package org.servicechain.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of one phase goes, from a JFR recording: every execution sample (a
 * thread running Java code) and every native-method sample (a thread waiting in native
 * code, e.g. for the database's answer on a socket) is given to the first marker found
 * from the leaf of its stack upwards, so a JDBC call made by the audit trail counts as
 * audit, and one made by the bearer filter as the token lookup.
 */
final class CreatePathProfile {

	/** Markers, each a frame prefix and what it stands for. */
	private static final List<String[]> MARKERS = List.of(
			new String[] { "org.servicechain.requests.Catalogue.snapshot", "Catalogue.snapshot (chain + agreements)" },
			new String[] { "org.servicechain.requests.Catalogue.calendar", "calendar for due times" },
			new String[] { "org.servicechain.requests.References.next", "reference number (sequence)" },
			new String[] { "org.servicechain.shared.AuditTrail", "audit rows" },
			new String[] { "org.servicechain.requests.RequestRecords.store", "insert request + history event" },
			new String[] { "org.servicechain.requests.RequestViews", "view assembly" },
			new String[] { "org.servicechain.requests.People.directory", "staff directory" },
			new String[] { "org.servicechain.requests.RequestValidation", "validation" },
			new String[] { "org.servicechain.requests.DeskRules", "desk settings" },
			new String[] { "org.servicechain.requests.Assignment", "assignment" },
			new String[] { "org.servicechain.requests.RequestQueries", "request reads" },
			new String[] { "org.servicechain.requests.Queues", "queue reads" },
			new String[] { "org.servicechain.requests.Conversation", "conversation" },
			new String[] { "org.servicechain.requests.RequestManagement", "raise (rest)" },
			new String[] { "org.springframework.orm.jpa.JpaTransactionManager.doCommit", "commit" },
			new String[] { "org.springframework.orm.jpa.JpaTransactionManager.doBegin", "begin transaction" },
			new String[] { "org.servicechain.shared.IdempotencyFilter", "Idempotency-Key claim and stored response" },
			new String[] { "org.servicechain.identity.BearerTokenFilter", "bearer token lookup" },
			new String[] { "tools.jackson", "JSON" },
			new String[] { "org.springframework.security", "security filters" },
			new String[] { "org.springframework.web", "Spring MVC" }, new String[] { "org.apache", "Tomcat" },
			new String[] { "org.servicechain.bench", "load clients" },
			new String[] { "jdk.internal.net.http", "load clients" });

	private final Map<String, Integer> running = new LinkedHashMap<>();

	private final Map<String, Integer> waiting = new LinkedHashMap<>();

	private int runningTotal;

	private int waitingTotal;

	static CreatePathProfile of(Path recording) throws IOException {
		CreatePathProfile profile = new CreatePathProfile();
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			String type = event.getEventType().getName();
			if (type.equals("jdk.ExecutionSample")) {
				profile.runningTotal++;
				profile.running.merge(categoryOf(event.getStackTrace()), 1, Integer::sum);
			}
			else if (type.equals("jdk.NativeMethodSample")) {
				String category = categoryOf(event.getStackTrace());
				// Idle pool threads, Tomcat's poller and the clients' selector wait
				// natively
				// all the time; only waits on behalf of a request say where its time
				// goes.
				if (!List.of("other", "Tomcat", "load clients").contains(category)) {
					profile.waitingTotal++;
					profile.waiting.merge(category, 1, Integer::sum);
				}
			}
		}
		return profile;
	}

	private static String categoryOf(RecordedStackTrace stack) {
		if (stack == null) {
			return "other";
		}
		for (RecordedFrame frame : stack.getFrames()) {
			String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
			for (String[] marker : MARKERS) {
				if (name.startsWith(marker[0])) {
					return marker[1];
				}
			}
		}
		return "other";
	}

	/**
	 * @return a Markdown table of both kinds of samples by category, largest first.
	 */
	String table() {
		StringBuilder table = new StringBuilder();
		table.append("| where | running samples | share | waiting (native) samples | share |\n");
		table.append("|---|---:|---:|---:|---:|\n");
		Map<String, Integer> all = new LinkedHashMap<>();
		this.running.forEach((category, count) -> all.merge(category, count, Integer::sum));
		this.waiting.forEach((category, count) -> all.merge(category, count, Integer::sum));
		all.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach((entry) -> {
			int run = this.running.getOrDefault(entry.getKey(), 0);
			int wait = this.waiting.getOrDefault(entry.getKey(), 0);
			table.append(String.format("| %s | %d | %.1f %% | %d | %.1f %% |%n", entry.getKey(), run,
					share(run, this.runningTotal), wait, share(wait, this.waitingTotal)));
		});
		table.append(String.format("| **total** | %d | | %d | |%n", this.runningTotal, this.waitingTotal));
		return table.toString();
	}

	private static double share(int part, int total) {
		return total == 0 ? 0 : 100.0 * part / total;
	}

}
