package org.servicechain.businesscalendars.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.servicechain.businesscalendars.CalendarDay;
import org.servicechain.businesscalendars.CalendarDetails;
import org.servicechain.businesscalendars.CalendarView;
import org.servicechain.businesscalendars.RecurringDay;
import org.servicechain.shared.InvalidInputException;

/**
 * The calendar form as people type it: one line of intervals per weekday
 * ({@code 09:00-12:30, 13:30-17:30}) and one line per holiday or special working day
 * ({@code 2026-12-24 Christmas Eve 09:00-12:00}), one line per recurring holiday
 * ({@code 12-25 Christmas Day}) and per closure ({@code 2026-12-24 Staff party
 * 12:00-14:00}, the closed stretches at the end). Turns into {@link CalendarDetails}, and
 * turns the API's field names ({@code hours.MONDAY[1]}, {@code holidays[3].hours}) back
 * into the form's fields and line numbers.
 */
record CalendarForm(@Nullable String name, @Nullable String description, @Nullable String zone, @Nullable String monday,
		@Nullable String tuesday, @Nullable String wednesday, @Nullable String thursday, @Nullable String friday,
		@Nullable String saturday, @Nullable String sunday, @Nullable String holidays,
		@Nullable String specialWorkingDays, @Nullable String recurringHolidays, @Nullable String closures,
		@Nullable Long version) {

	/**
	 * Trailing tokens of a day line that belong to its hours, e.g. {@code 09:00-12:00,}.
	 */
	private static final Pattern HOURS_TOKEN = Pattern.compile("[0-9:+,\\-–]*[:\\-–][0-9:+,\\-–]*");

	private static final Pattern API_FIELD = Pattern.compile(
			"(hours)\\.([A-Z]+)(?:\\[(\\d+)\\])?|(holidays|specialWorkingDays|recurringHolidays|closures)\\[(\\d+)\\](.*)");

	static CalendarForm empty() {
		return new CalendarForm("", null, "Europe/London", "", "", "", "", "", "", "", "", "", "", "", null);
	}

	static CalendarForm of(CalendarView calendar) {
		return new CalendarForm(calendar.name(), calendar.description(), calendar.zone(),
				line(calendar, DayOfWeek.MONDAY), line(calendar, DayOfWeek.TUESDAY),
				line(calendar, DayOfWeek.WEDNESDAY), line(calendar, DayOfWeek.THURSDAY),
				line(calendar, DayOfWeek.FRIDAY), line(calendar, DayOfWeek.SATURDAY), line(calendar, DayOfWeek.SUNDAY),
				lines(calendar.holidays()), lines(calendar.specialWorkingDays()),
				calendar.recurringHolidays()
					.stream()
					.map((day) -> day.date() + " " + day.name() + (day.hours().isEmpty() ? "" : " " + day.hoursText()))
					.collect(Collectors.joining("\n")),
				lines(calendar.closures()), calendar.version());
	}

	CalendarForm withVersion(long version) {
		return new CalendarForm(this.name, this.description, this.zone, this.monday, this.tuesday, this.wednesday,
				this.thursday, this.friday, this.saturday, this.sunday, this.holidays, this.specialWorkingDays,
				this.recurringHolidays, this.closures, version);
	}

	/**
	 * @return the weekday's line, for the template.
	 */
	public @Nullable String hours(DayOfWeek day) {
		return switch (day) {
			case MONDAY -> this.monday;
			case TUESDAY -> this.tuesday;
			case WEDNESDAY -> this.wednesday;
			case THURSDAY -> this.thursday;
			case FRIDAY -> this.friday;
			case SATURDAY -> this.saturday;
			case SUNDAY -> this.sunday;
		};
	}

	/**
	 * Reads the form. Lines that cannot even be read (no date) are reported in
	 * {@link Parsed#errors()}; everything else is left to the calendar's validation.
	 */
	Parsed parse() {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<DayOfWeek, List<String>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day, intervals(hours(day)));
		}
		List<Integer> holidayLines = new ArrayList<>();
		List<CalendarDay> holidayDays = days(this.holidays, "holidays", holidayLines, errors);
		List<Integer> specialLines = new ArrayList<>();
		List<CalendarDay> specialDays = days(this.specialWorkingDays, "specialWorkingDays", specialLines, errors);
		List<Integer> recurringLines = new ArrayList<>();
		List<CalendarDay> recurring = days(this.recurringHolidays, "recurringHolidays", recurringLines, errors);
		List<Integer> closureLines = new ArrayList<>();
		List<CalendarDay> closed = days(this.closures, "closures", closureLines, errors);
		CalendarDetails details = new CalendarDetails(text(this.name), this.description, text(this.zone), week,
				holidayDays, specialDays,
				recurring.stream()
					.map((day) -> new RecurringDay(day.date().toString().substring(5), day.name(), day.hours()))
					.toList(),
				closed);
		return new Parsed(details, errors, Map.of("holidays", holidayLines, "specialWorkingDays", specialLines,
				"recurringHolidays", recurringLines, "closures", closureLines));
	}

	static String line(CalendarView calendar, DayOfWeek day) {
		return String.join(", ", calendar.hours().getOrDefault(day, List.of()));
	}

	static String lines(List<CalendarDay> days) {
		return days.stream()
			.map((day) -> day.date() + " " + day.name() + (day.wholeDayOff() ? "" : " " + day.hoursText()))
			.collect(Collectors.joining("\n"));
	}

	static List<String> intervals(@Nullable String line) {
		if (line == null || line.isBlank()) {
			return List.of();
		}
		return Arrays.stream(line.split("[,;]")).map(String::strip).filter((text) -> !text.isEmpty()).toList();
	}

	/**
	 * Reads {@code 2026-12-24 Christmas Eve 09:00-12:00, 13:00-15:00}: a date, a name,
	 * and optional hours at the end.
	 */
	static List<CalendarDay> days(@Nullable String text, String field, List<Integer> lineNumbers,
			Map<String, String> errors) {
		List<CalendarDay> days = new ArrayList<>();
		if (text == null) {
			return days;
		}
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			List<String> tokens = new ArrayList<>(Arrays.asList(line.split("\\s+")));
			LocalDate date;
			boolean yearly = field.equals("recurringHolidays");
			try {
				// A recurring holiday's month and day, read in a leap year so that 02-29
				// is a date.
				date = LocalDate.parse(yearly ? "2000-" + tokens.remove(0) : tokens.remove(0));
			}
			catch (DateTimeParseException ex) {
				errors.merge(field, "line " + (i + 1) + ": must start with a "
						+ (yearly ? "month and day like 12-25" : "date like 2026-12-25") + ", was '" + line + "'",
						(a, b) -> a + "; " + b);
				continue;
			}
			List<String> hours = new ArrayList<>();
			while (!tokens.isEmpty() && HOURS_TOKEN.matcher(tokens.get(tokens.size() - 1)).matches()) {
				hours.add(0, tokens.remove(tokens.size() - 1));
			}
			// "09:00 - 12:00, 13:00-15:00" was split at spaces; put it back together.
			days.add(new CalendarDay(date, String.join(" ", tokens),
					intervals(String.join(" ", hours).replace('–', '-'))));
			lineNumbers.add(i + 1);
		}
		return days;
	}

	private static String text(@Nullable String value) {
		return (value == null) ? "" : value.strip();
	}

	/**
	 * The form read into a command, with what could not be read and where each dated day
	 * came from.
	 */
	record Parsed(CalendarDetails details, Map<String, String> errors, Map<String, List<Integer>> lineNumbers) {

		/**
		 * @return the violations as messages next to the form's fields.
		 */
		Map<String, String> errorsOf(InvalidInputException ex) {
			Map<String, String> messages = new LinkedHashMap<>();
			for (InvalidInputException.FieldViolation violation : ex.getViolations()) {
				Matcher matcher = API_FIELD.matcher(violation.field());
				String field = violation.field();
				String message = violation.message();
				if (matcher.matches() && matcher.group(1) != null) {
					DayOfWeek day = DayOfWeek.valueOf(matcher.group(2));
					field = day.name().toLowerCase(Locale.ROOT);
					if (matcher.group(3) != null) {
						List<String> intervals = this.details.hours().getOrDefault(day, List.of());
						int index = Integer.parseInt(matcher.group(3));
						message = "'" + ((index < intervals.size()) ? intervals.get(index) : "?") + "' " + message;
					}
				}
				else if (matcher.matches()) {
					field = matcher.group(4);
					List<Integer> lines = this.lineNumbers.getOrDefault(field, List.of());
					int index = Integer.parseInt(matcher.group(5));
					String line = (index < lines.size()) ? "line " + lines.get(index) : "a line";
					String part = matcher.group(6).replaceFirst("^\\.", "").replaceAll("\\[\\d+\\]", "");
					message = line + (part.isEmpty() ? "" : " (" + part + ")") + ": " + message;
				}
				messages.merge(field, message, (a, b) -> a + "; " + b);
			}
			return messages;
		}

	}

}
