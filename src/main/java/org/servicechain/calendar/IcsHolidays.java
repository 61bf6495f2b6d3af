package org.servicechain.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Status;

/**
 * Reads holidays for a business calendar (AGREE-5) from iCalendar ({@code .ics}) files,
 * such as the bank holiday feeds published by governments.
 * <p>
 * Every all-day event becomes a whole-day {@link Holiday} named after its summary; an
 * event over several days ({@code DTEND} is exclusive, as RFC 5545 says) becomes one
 * holiday per day; two events on the same day become one holiday whose name joins both.
 * Cancelled events are skipped. {@link #readWithRecurring(InputStream)} also reads an
 * event recurring every year on its date as a {@link RecurringHoliday}. Timed events and
 * (otherwise) recurring events ({@code RRULE}, {@code RDATE}) are rejected rather than
 * guessed at: export the occurrences as all-day events instead.
 */
public final class IcsHolidays {

	/** The classpath resource with the England and Wales bank holidays 2025-2028. */
	public static final String ENGLAND_AND_WALES_RESOURCE = "/calendar/england-and-wales-bank-holidays.ics";

	private static final int MAX_DAYS_PER_EVENT = 366;

	/** Most events one file may hold; counted before the file is parsed. */
	public static final int MAX_EVENTS = 1000;

	/** Most holiday dates the events of one file may expand to. */
	public static final int MAX_DATES = 5000;

	/** Longest holiday name, with the names of events on the same date joined. */
	public static final int MAX_NAME_LENGTH = 200;

	private IcsHolidays() {
	}

	/**
	 * Reads the holidays of an iCalendar stream. The stream is not closed.
	 * @param ics must not be {@literal null}.
	 * @return will never be {@literal null}; one holiday per date, sorted by date.
	 * @throws InvalidCalendarException if the content is not valid iCalendar or holds an
	 * event that is not an all-day event.
	 * @throws UncheckedIOException if the stream cannot be read.
	 */
	public static List<Holiday> read(InputStream ics) {
		return read(ics, false).holidays();
	}

	/**
	 * What an iCalendar file holds: dated holidays and holidays recurring every year.
	 *
	 * @param holidays one per date, sorted by date
	 * @param recurring one per month and day, sorted
	 */
	public record Imported(List<Holiday> holidays, List<RecurringHoliday> recurring) {

		public boolean isEmpty() {
			return this.holidays.isEmpty() && this.recurring.isEmpty();
		}

	}

	/**
	 * Like {@link #read(InputStream)}, but an all-day, one-day event that recurs every
	 * year on its date without end ({@code RRULE:FREQ=YEARLY}, optionally with
	 * {@code INTERVAL=1} and the {@code BYMONTH} and {@code BYMONTHDAY} of its start)
	 * becomes a {@link RecurringHoliday}. Any other recurrence (an end, a count, a
	 * weekday rule such as the last Monday of May, {@code RDATE}, {@code EXDATE}) is
	 * still rejected: it cannot be said as "this date every year".
	 * @param ics must not be {@literal null}.
	 * @return will never be {@literal null}.
	 */
	public static Imported readWithRecurring(InputStream ics) {
		return read(ics, true);
	}

	private static Imported read(InputStream ics, boolean yearly) {
		Calendar calendar;
		try {
			byte[] content = ics.readAllBytes();
			// Refuse a file of many events before parsing it: parsing and expanding them
			// is
			// where the time goes.
			if (countEvents(content) > MAX_EVENTS) {
				throw new InvalidCalendarException("ics", "must hold at most " + MAX_EVENTS + " events");
			}
			calendar = new CalendarBuilder().build(new java.io.ByteArrayInputStream(content));
		}
		catch (ParserException ex) {
			throw new InvalidCalendarException("ics", "must be valid iCalendar: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<LocalDate, String> names = new TreeMap<>();
		long expanded = 0;
		Map<MonthDay, String> recurringNames = new TreeMap<>();
		for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
			if (isCancelled(event)) {
				continue;
			}
			String name = event.<Property>getProperty(Property.SUMMARY)
				.map(Property::getValue)
				.map(String::strip)
				.filter((summary) -> !summary.isEmpty())
				.orElse("Holiday");
			String field = "ics event '" + name + "'";
			boolean recurs = event.getProperty(Property.RRULE).isPresent();
			if ((recurs && !yearly) || event.getProperty(Property.RDATE).isPresent()) {
				throw new InvalidCalendarException(field, "must not recur (RRULE/RDATE); list each occurrence");
			}
			LocalDate start = date(event, Property.DTSTART, field)
				.orElseThrow(() -> new InvalidCalendarException(field, "must have a DTSTART"));
			LocalDate end = date(event, Property.DTEND, field).orElseGet(() -> endFromDuration(event, start, field));
			long days = ChronoUnit.DAYS.between(start, end);
			if (recurs) {
				String rule = event.<Property>getProperty(Property.RRULE).map(Property::getValue).orElse("");
				if (days != 1 || !everyYearOnItsDate(rule, start) || event.getProperty(Property.EXDATE).isPresent()) {
					throw new InvalidCalendarException(field,
							"must not recur (RRULE/RDATE) other than every year on its date without end"
									+ " (RRULE:FREQ=YEARLY) and for one day; list each occurrence, was " + rule);
				}
				recurringNames.merge(MonthDay.from(start), name,
						(earlier, later) -> earlier.equals(later) ? earlier : earlier + " / " + later);
				continue;
			}
			if (days < 1 || days > MAX_DAYS_PER_EVENT) {
				throw new InvalidCalendarException(field,
						"must last from 1 to " + MAX_DAYS_PER_EVENT + " days, lasts " + days + " from " + start);
			}
			expanded += days;
			if (expanded > MAX_DATES) {
				throw new InvalidCalendarException("ics", "must expand to at most " + MAX_DATES + " holiday dates");
			}
			for (LocalDate date = start; date.isBefore(end); date = date.plusDays(1)) {
				String joined = names.merge(date, name,
						(earlier, later) -> earlier.equals(later) ? earlier : earlier + " / " + later);
				if (joined.length() > MAX_NAME_LENGTH) {
					throw new InvalidCalendarException(field, "must not exceed " + MAX_NAME_LENGTH
							+ " characters of holiday names on " + date + " (with the other events that day)");
				}
			}
		}
		List<Holiday> holidays = new ArrayList<>(names.size());
		names.forEach((date, name) -> holidays.add(Holiday.wholeDay(date, name)));
		List<RecurringHoliday> recurring = new ArrayList<>(recurringNames.size());
		recurringNames.forEach((date, name) -> recurring.add(RecurringHoliday.wholeDay(date, name)));
		return new Imported(List.copyOf(holidays), List.copyOf(recurring));
	}

	/**
	 * Whether an RRULE says "every year on the start's date, for ever": FREQ=YEARLY, and
	 * nothing else but INTERVAL=1, WKST, and the start's own BYMONTH and BYMONTHDAY.
	 */
	private static boolean everyYearOnItsDate(String rule, LocalDate start) {
		boolean yearly = false;
		for (String part : rule.toUpperCase(java.util.Locale.ROOT).split(";")) {
			String[] pair = part.strip().split("=", 2);
			String value = (pair.length == 2) ? pair[1].strip() : "";
			boolean fine = switch (pair[0].strip()) {
				case "FREQ" -> yearly = value.equals("YEARLY");
				case "INTERVAL" -> value.equals("1");
				case "WKST" -> true;
				case "BYMONTH" -> value.equals(String.valueOf(start.getMonthValue()));
				case "BYMONTHDAY" -> value.equals(String.valueOf(start.getDayOfMonth()));
				default -> false;
			};
			if (!fine) {
				return false;
			}
		}
		return yearly;
	}

	/**
	 * The bank holidays of England and Wales from 2025 to 2028, bundled with Servicechain
	 * (New Year's Day, Good Friday, Easter Monday, early May, spring and summer bank
	 * holidays, Christmas Day and Boxing Day, with substitute days).
	 * @return will never be {@literal null}; sorted by date.
	 */
	public static List<Holiday> englandAndWales() {
		try (InputStream ics = IcsHolidays.class.getResourceAsStream(ENGLAND_AND_WALES_RESOURCE)) {
			if (ics == null) {
				throw new IllegalStateException("Missing resource " + ENGLAND_AND_WALES_RESOURCE);
			}
			return read(ics);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int countEvents(byte[] content) {
		byte[] marker = "BEGIN:VEVENT".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		int count = 0;
		outer: for (int i = 0; i <= content.length - marker.length; i++) {
			for (int j = 0; j < marker.length; j++) {
				if (Character.toUpperCase(content[i + j]) != marker[j]) {
					continue outer;
				}
			}
			count++;
			i += marker.length - 1;
		}
		return count;
	}

	private static boolean isCancelled(VEvent event) {
		return event.<Property>getProperty(Property.STATUS)
			.map((status) -> Status.VALUE_CANCELLED.equalsIgnoreCase(status.getValue()))
			.orElse(false);
	}

	private static Optional<LocalDate> date(VEvent event, String property, String field) {
		Optional<DateProperty<Temporal>> value = event.getProperty(property);
		if (value.isEmpty()) {
			return Optional.empty();
		}
		Temporal date = value.get().getDate();
		if (!(date instanceof LocalDate localDate)) {
			throw new InvalidCalendarException(field,
					"must be an all-day event (" + property + ";VALUE=DATE), was " + value.get().getValue());
		}
		return Optional.of(localDate);
	}

	private static LocalDate endFromDuration(VEvent event, LocalDate start, String field) {
		Optional<net.fortuna.ical4j.model.property.Duration> duration = event.getProperty(Property.DURATION);
		if (duration.isEmpty()) {
			// RFC 5545 3.6.1: an all-day event without DTEND or DURATION lasts one day.
			return start.plusDays(1);
		}
		TemporalAmount amount = duration.get().getDuration();
		if (!(amount instanceof Period period)) {
			throw new InvalidCalendarException(field,
					"must have a DURATION in whole days, was " + duration.get().getValue());
		}
		return start.plus(period);
	}

}
