package org.servicechain.businesscalendars;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.CalendarException;
import org.servicechain.calendar.Closure;
import org.servicechain.calendar.RecurringHoliday;
import org.servicechain.calendar.Holiday;
import org.servicechain.calendar.SpecialWorkingDay;
import org.servicechain.calendar.WorkingInterval;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * Builds a {@link BusinessCalendar} from the plain values a user gave, or explains every
 * problem with the names the user knows: {@code hours.MONDAY[1]} for the second Monday
 * interval, {@code holidays[3].hours} for the fourth holiday's hours, {@code zone}. The
 * calendar module validates; this class only says <em>where</em>.
 */
final class CalendarAssembler {

	/**
	 * How the calendar module names days: {@code hours[MONDAY]},
	 * {@code holidays[2026-12-24].hours}, {@code specialWorkingDays[2026-11-22]}.
	 */
	private static final Pattern CALENDAR_FIELD = Pattern
		.compile("(hours|holidays|specialWorkingDays|recurringHolidays|closures)\\[([^\\]]+)\\](\\.hours)?(.*)");

	private CalendarAssembler() {
	}

	/**
	 * @return the calendar the details describe; never {@literal null}.
	 * @throws InvalidInputException naming every field that breaks a calendar rule.
	 */
	static BusinessCalendar assemble(CalendarDetails details) {
		List<FieldViolation> violations = new ArrayList<>();
		BusinessCalendar.Builder builder;
		try {
			builder = BusinessCalendar.builder(String.valueOf(details.zone()).strip());
		}
		catch (CalendarException ex) {
			violations.add(CalendarProblems.violation("zone", ex));
			// Go on with any zone, so the user hears about the other fields too.
			builder = BusinessCalendar.builder(ZoneOffset.UTC);
		}
		for (Map.Entry<DayOfWeek, List<String>> day : details.hours().entrySet()) {
			String field = "hours." + day.getKey();
			builder.hours(day.getKey(), intervals(day.getValue(), field, violations));
		}
		for (int i = 0; i < details.holidays().size(); i++) {
			CalendarDay day = details.holidays().get(i);
			String field = "holidays[" + i + "]";
			int problems = violations.size();
			List<WorkingInterval> hours = intervals(day.hours(), field + ".hours", violations);
			if (valid(day, field, violations) && violations.size() == problems) {
				try {
					builder.holiday(new Holiday(day.date(), day.name(), hours));
				}
				catch (CalendarException ex) {
					violations.add(CalendarProblems.violation(field + suffix(ex.field()), ex));
				}
			}
		}
		for (int i = 0; i < details.specialWorkingDays().size(); i++) {
			CalendarDay day = details.specialWorkingDays().get(i);
			String field = "specialWorkingDays[" + i + "]";
			int problems = violations.size();
			List<WorkingInterval> hours = intervals(day.hours(), field + ".hours", violations);
			boolean named = valid(day, field, violations);
			if (day.hours().isEmpty()) {
				violations.add(new FieldViolation(field + ".hours", "required",
						"must not be empty: a special working day has hours; a day without hours is a holiday"));
			}
			else if (named && violations.size() == problems) {
				try {
					builder.specialWorkingDay(new SpecialWorkingDay(day.date(), day.name(), hours));
				}
				catch (CalendarException ex) {
					violations.add(CalendarProblems.violation(field + suffix(ex.field()), ex));
				}
			}
		}
		for (int i = 0; i < details.recurringHolidays().size(); i++) {
			RecurringDay day = details.recurringHolidays().get(i);
			String field = "recurringHolidays[" + i + "]";
			int problems = violations.size();
			List<WorkingInterval> hours = intervals(day.hours(), field + ".hours", violations);
			MonthDay date = monthDay(day.date(), field + ".date", violations);
			if (day.name() == null || day.name().isBlank()) {
				violations.add(new FieldViolation(field + ".name", "required", "must not be blank"));
			}
			else if (date != null && violations.size() == problems) {
				try {
					builder.recurringHoliday(new RecurringHoliday(date, day.name(), hours));
				}
				catch (CalendarException ex) {
					violations.add(CalendarProblems.violation(field + suffix(ex.field()), ex));
				}
			}
		}
		for (int i = 0; i < details.closures().size(); i++) {
			CalendarDay day = details.closures().get(i);
			String field = "closures[" + i + "]";
			int problems = violations.size();
			List<WorkingInterval> closed = intervals(day.hours(), field + ".hours", violations);
			boolean named = valid(day, field, violations);
			if (day.hours().isEmpty()) {
				violations.add(new FieldViolation(field + ".hours", "required",
						"must not be empty: a closure closes at least one stretch such as 12:00-14:00; a whole day"
								+ " off is a holiday"));
			}
			else if (named && violations.size() == problems) {
				try {
					builder.closure(new Closure(day.date(), day.name(), closed));
				}
				catch (CalendarException ex) {
					violations.add(CalendarProblems.violation(field + suffix(ex.field()), ex));
				}
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		try {
			return builder.build();
		}
		catch (CalendarException ex) {
			throw new InvalidInputException(List.of(translate(ex, details)));
		}
	}

	private static List<WorkingInterval> intervals(List<String> texts, String field, List<FieldViolation> violations) {
		if (texts.size() > CalendarDetails.MAX_INTERVALS_PER_DAY) {
			violations.add(new FieldViolation(field, "size",
					"must have at most " + CalendarDetails.MAX_INTERVALS_PER_DAY + " intervals"));
			return List.of();
		}
		List<WorkingInterval> intervals = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			if (text == null || text.isBlank()) {
				violations.add(new FieldViolation(field + "[" + i + "]", "required",
						"must be an interval like 08:00-12:30 or 22:00-06:00+1"));
				continue;
			}
			try {
				intervals.add(WorkingInterval.parse(text));
			}
			catch (CalendarException ex) {
				// The calendar names the part ("start", "end"); the interval's position
				// is
				// what the user can find.
				violations.add(CalendarProblems.violation(field + "[" + i + "]", ex,
						ex.field().equals("interval") ? "" : ex.field() + " "));
			}
		}
		return intervals;
	}

	private static @Nullable MonthDay monthDay(@Nullable String text, String field, List<FieldViolation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(new FieldViolation(field, "required", "must be a month and day like 12-25"));
			return null;
		}
		try {
			return MonthDay.parse("--" + text.strip());
		}
		catch (DateTimeParseException ex) {
			violations
				.add(new FieldViolation(field, "format", "must be a month and day like 12-25, was '" + text + "'"));
			return null;
		}
	}

	private static boolean valid(CalendarDay day, String field, List<FieldViolation> violations) {
		boolean valid = true;
		if (day.date() == null) {
			violations.add(new FieldViolation(field + ".date", "required", "must be a date like 2026-12-25"));
			valid = false;
		}
		if (day.name() == null || day.name().isBlank()) {
			violations.add(new FieldViolation(field + ".name", "required", "must not be blank"));
			valid = false;
		}
		return valid;
	}

	/** {@code holidays[2026-12-24].hours} → {@code .hours} */
	private static String suffix(String calendarField) {
		Matcher matcher = CALENDAR_FIELD.matcher(calendarField);
		return (matcher.matches() && matcher.group(3) != null) ? ".hours" : "";
	}

	/**
	 * Renames a field of a whole-calendar rule (duplicate dates, night shifts running
	 * into the next day) from the calendar's naming to the user's.
	 */
	static FieldViolation translate(CalendarException ex, CalendarDetails details) {
		Matcher matcher = CALENDAR_FIELD.matcher(ex.field());
		if (!matcher.matches()) {
			return CalendarProblems.violation(ex.field(), ex);
		}
		String list = matcher.group(1);
		String key = matcher.group(2);
		String rest = matcher.group(4).strip();
		String context = rest.isEmpty() ? "" : "(" + rest + ") ";
		if (list.equals("hours")) {
			return CalendarProblems.violation("hours." + key, ex, context);
		}
		Integer index;
		if (list.equals("recurringHolidays")) {
			index = null;
			for (int i = details.recurringHolidays().size() - 1; i >= 0 && index == null; i--) {
				if (key.equals(details.recurringHolidays().get(i).date())) {
					index = i;
				}
			}
		}
		else {
			List<CalendarDay> days = switch (list) {
				case "holidays" -> details.holidays();
				case "closures" -> details.closures();
				default -> details.specialWorkingDays();
			};
			index = lastIndexOf(days, key);
		}
		if (index == null) {
			return CalendarProblems.violation(ex.field(), ex, context);
		}
		String field = list + "[" + index + "]" + ((matcher.group(3) != null) ? ".hours" : ".date");
		return CalendarProblems.violation(field, ex, context);
	}

	private static @Nullable Integer lastIndexOf(List<CalendarDay> days, String date) {
		for (int i = days.size() - 1; i >= 0; i--) {
			LocalDate day = days.get(i).date();
			if (day != null && day.toString().equals(date)) {
				return i;
			}
		}
		return null;
	}

}
