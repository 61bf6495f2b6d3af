package org.servicechain.shared;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The security event log (ASVS 16): sign-ins and failed ones, delays, denied access, role
 * and account changes, token use. One line per event on the logger
 * {@code org.servicechain.security}, as {@code key=value} pairs: the event, the actor and
 * the object by id (never names, e-mail addresses or typed login names: no personal
 * data), the time and the request's correlation id (also sent back as
 * {@code X-Request-Id}). Route the logger to its own appender to keep the log apart.
 */
public final class SecurityEventLog {

	static final String CORRELATION_ID = "correlationId";

	private static final Logger log = LoggerFactory.getLogger("org.servicechain.security");

	private static volatile java.util.function.Supplier<String> currentActor = () -> "anonymous";

	private SecurityEventLog() {
	}

	/**
	 * Tells the log how to name the current actor by id (the identity module does).
	 */
	public static void useActor(java.util.function.Supplier<String> actor) {
		currentActor = actor;
	}

	/**
	 * Records an event of the current actor.
	 */
	public static void record(String event, @Nullable Object object) {
		record(event, currentActor.get(), object);
	}

	/**
	 * @param event a stable name, e.g. {@code login-failed}, {@code access-denied}
	 * @param actor the id of who acted ({@code anonymous} or {@code unknown} when none)
	 * @param object the id of what was acted on, if any
	 */
	public static void record(String event, String actor, @Nullable Object object) {
		String correlation = MDC.get(CORRELATION_ID);
		log.info("event={} actor={} object={} at={} correlationId={}", event, actor, object != null ? object : "-",
				Instant.now(), correlation != null ? correlation : "-");
	}

}
