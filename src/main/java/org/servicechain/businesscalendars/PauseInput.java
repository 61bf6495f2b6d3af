package org.servicechain.businesscalendars;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.servicechain.calendar.Pause;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * A stretch of time that does not count, as a client gave it (issue 8): for example while
 * a request waited on the customer. Written as an ISO-8601 interval of two
 * {@link TimeInput}s, {@code start/end}: {@code 2026-11-27T15:00Z/2026-11-27T16:00Z} or,
 * in the calendar's zone, {@code 2026-11-27T15:00/2026-11-30T10:00}. The start counts as
 * paused, the end does not.
 */
public record PauseInput(TimeInput start, TimeInput end) {

	/** The field name in errors: {@code pauses[2]}. */
	static final String FIELD = "pauses";

	/** The most pauses one question may carry. */
	public static final int MAX_PAUSES = 1000;

	/**
	 * Reads pauses written as {@code start/end}.
	 * @param texts may be {@literal null} (no pauses).
	 * @return will never be {@literal null}.
	 * @throws InvalidInputException naming {@code pauses[i]} with rule {@code format}.
	 */
	public static List<PauseInput> parseAll(@Nullable List<String> texts) {
		if (texts == null) {
			return List.of();
		}
		if (texts.size() > MAX_PAUSES) {
			throw new InvalidInputException(FIELD, "size", "must hold at most " + MAX_PAUSES + " pauses");
		}
		List<PauseInput> pauses = new ArrayList<>();
		List<FieldViolation> violations = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String field = FIELD + "[" + i + "]";
			String text = (texts.get(i) != null) ? texts.get(i).strip() : "";
			if (text.isEmpty()) {
				continue;
			}
			int slash = text.indexOf('/');
			if (slash < 0 || text.indexOf('/', slash + 1) >= 0) {
				violations.add(new FieldViolation(field, "format",
						"must be an interval start/end like 2026-11-27T15:00:00Z/2026-11-27T16:00:00Z, was '" + text
								+ "'"));
				continue;
			}
			try {
				pauses.add(new PauseInput(TimeInput.parse(field, text.substring(0, slash)),
						TimeInput.parse(field, text.substring(slash + 1))));
			}
			catch (InvalidInputException ex) {
				violations.addAll(ex.getViolations());
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return List.copyOf(pauses);
	}

	/**
	 * The pauses as the calendar takes them, checked: each must end after it starts, and
	 * no two may overlap (touching is fine), so that a client's mistake is not silently
	 * merged into a longer pause.
	 * @param zone the calendar's zone, for local date-times.
	 * @return will never be {@literal null}.
	 * @throws InvalidInputException naming {@code pauses[i]} and the rule:
	 * {@code reversed} or {@code overlap}.
	 */
	static List<Pause> toPauses(List<PauseInput> inputs, ZoneId zone) {
		List<FieldViolation> violations = new ArrayList<>();
		List<Indexed> ranges = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			String field = FIELD + "[" + i + "]";
			Instant start = inputs.get(i).start().in(zone, field);
			Instant end = inputs.get(i).end().in(zone, field);
			if (!end.isAfter(start)) {
				violations
					.add(new FieldViolation(field, "reversed", "must end after it starts, was " + start + "/" + end));
			}
			else {
				ranges.add(new Indexed(i, start, end));
			}
		}
		ranges.sort(Comparator.comparing(Indexed::start));
		// Compared with the pause reaching furthest so far, so a long pause that covers
		// several others is seen overlapping each of them.
		Indexed widest = ranges.isEmpty() ? null : ranges.get(0);
		for (int i = 1; i < ranges.size(); i++) {
			Indexed previous = widest;
			Indexed current = ranges.get(i);
			widest = current.end().isAfter(previous.end()) ? current : previous;
			if (current.start().isBefore(previous.end())) {
				Indexed later = (current.index() > previous.index()) ? current : previous;
				Indexed earlier = (later == current) ? previous : current;
				violations.add(new FieldViolation(FIELD + "[" + later.index() + "]", "overlap",
						"must not overlap pauses[" + earlier.index() + "] (" + earlier.start() + "/" + earlier.end()
								+ "); give one pause for the whole stretch"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return ranges.stream().map((range) -> new Pause(range.start(), range.end())).toList();
	}

	private record Indexed(int index, Instant start, Instant end) {
	}

}
