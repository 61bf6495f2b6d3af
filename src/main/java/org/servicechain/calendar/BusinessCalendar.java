package org.servicechain.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * When a service partner works, and the business-hours arithmetic on top of it (AGREE-5):
 * every first-response and resolution target in Servicechain is a duration of working
 * time in one of these calendars, so due instants and elapsed working time are computed
 * here and nowhere else.
 * <p>
 * A calendar has a time zone, working intervals per day of the week (several a day, night
 * shifts that cross midnight, 24:00 ends), holidays (whole days off, or part days whose
 * hours replace the weekday's) and special working days (own hours instead of the
 * weekday's). An interval belongs to the day it starts on: a holiday or special day
 * replaces the intervals starting that day, and a night shift from the evening before
 * still runs to its end. A 24/7 calendar is simply every day 00:00-24:00.
 * <p>
 * The calendar is an immutable value, validated when built: intervals within a day must
 * not overlap, a night shift must end before the next day's first interval starts (also
 * around holidays and special days), dates appear once, the zone must exist. Violations
 * raise {@link InvalidCalendarException} naming the field and the rule.
 * <h2>Conventions</h2>
 * <ul>
 * <li><b>Second precision.</b> Instants are truncated to the whole second (towards the
 * past) before any calculation, and results are whole seconds. Durations must be whole
 * seconds; a fraction is rejected rather than silently dropped from a promise.</li>
 * <li><b>Working time</b> is the set of instants inside working intervals, start
 * included, end excluded. {@code workingTimeBetween(a, b)} measures it between {@code a}
 * (included) and {@code b} (excluded).</li>
 * <li><b>Due instants.</b> {@code addWorkingTime(s, d)} is the <em>earliest</em> instant
 * {@code t >= s} with {@code workingTimeBetween(s, t) >= d}. So counting from a
 * non-working instant starts at the next opening; a deadline that uses up the day's last
 * working minute lands at closing time (17:30), not at the next opening; and a zero
 * duration returns the start unchanged even outside working hours (nothing is owed, so
 * nothing is waited for).</li>
 * <li><b>Going back.</b> {@code subtractWorkingTime(e, d)} is the <em>latest</em> instant
 * {@code t <= e} with {@code workingTimeBetween(t, e) >= d}: an exact result lands on an
 * opening, not on the previous closing; zero returns {@code e}. Negative durations are
 * rejected by both; go the other way with the other method.</li>
 * <li><b>Round trips.</b> For {@code d > 0}:
 * {@code workingTimeBetween(s, addWorkingTime(s, d)) == d},
 * {@code subtractWorkingTime(addWorkingTime(s, d), d) == nextWorkingInstant(s)}, and
 * {@code addWorkingTime(subtractWorkingTime(e, d), d)} is {@code e} or the last closing
 * before {@code e} (no working time between them).</li>
 * <li><b>Reversed ranges.</b> {@code workingTimeBetween(a, b)} with {@code b} before
 * {@code a} is negative: {@code -workingTimeBetween(b, a)}.</li>
 * <li><b>Daylight saving.</b> Local times map to the earliest instant whose wall clock
 * shows that time or later: a time inside a gap (clocks go forward) means the end of the
 * gap, a time that occurs twice (clocks go back) means its first occurrence. So an
 * interval 00:30-03:00 in Europe/London lasts 1.5 real hours on 2026-03-29 and 3.5 on
 * 2026-10-25. The JVM's default zone is never used.</li>
 * <li><b>Pauses</b> are left out of working time; they may overlap each other and
 * non-working time.</li>
 * <li><b>Limits.</b> Durations above {@link #MAX_DURATION 100 years} and instants outside
 * [0001-01-01, 3000-01-01) UTC are rejected with {@link CalendarArgumentException}. A
 * search that finds no working time for {@link #SEARCH_HORIZON_DAYS ten years} fails with
 * {@link NoWorkingTimeException} instead of looping.</li>
 * </ul>
 * <h2>Speed</h2> Stretches of ordinary days (no holiday, special day or clock change) are
 * skipped in one step from the precomputed working time of a standard week; only
 * exceptional days are looked at one by one, so a year costs a few dozen steps.
 */
public final class BusinessCalendar {

	/**
	 * How long a search for working time goes on without finding any before it fails with
	 * {@link NoWorkingTimeException}: ten years (3,653 days).
	 */
	public static final int SEARCH_HORIZON_DAYS = 3653;

	/** The longest duration accepted: 100 years of 365.25 days (876,600 hours). */
	public static final Duration MAX_DURATION = Duration.ofDays(36_525);

	/** The most working days {@link #addWorkingDays(Instant, int)} accepts either way. */
	public static final int MAX_WORKING_DAYS = 36_525;

	/** The earliest instant accepted. */
	public static final Instant MIN_INSTANT = Instant.ofEpochSecond(ZoneTimeline.MIN_INSTANT);

	/** Instants from this one on are neither accepted nor produced. */
	public static final Instant MAX_INSTANT = Instant.ofEpochSecond(ZoneTimeline.MAX_INSTANT);

	private static final long SECONDS_PER_DAY = 86_400;

	private static final long MAX_DAY = Math.floorDiv(ZoneTimeline.MAX_INSTANT, SECONDS_PER_DAY) + 2;

	private static final long MIN_DAY = Math.floorDiv(ZoneTimeline.MIN_INSTANT, SECONDS_PER_DAY) - 2;

	private static final long[] NO_PAUSES = {};

	/**
	 * Recurring holidays are laid out over these years, which cover the supported range.
	 */
	private static final int FIRST_YEAR = 0;

	private static final int LAST_YEAR = 3001;

	private final ZoneId zone;

	private final Map<DayOfWeek, List<WorkingInterval>> weeklySchedule;

	private final List<Holiday> holidays;

	private final List<SpecialWorkingDay> specialWorkingDays;

	private final ZoneTimeline timeline;

	/** By {@link DayOfWeek#ordinal()}. */
	private final DaySchedule[] weekly = new DaySchedule[7];

	private final List<RecurringHoliday> recurringHolidays;

	private final List<Closure> closures;

	/**
	 * Epoch days of holidays (dated and each year's recurring ones), special working days
	 * and closures, ascending; set once in the constructor.
	 */
	private long[] overrideDays;

	private DaySchedule[] overrideSchedules;

	private final long weekSeconds;

	private final int workingDaysPerWeek;

	/**
	 * {@code secondsPrefix[i]}: wall-clock working seconds of weekdays {@code 0..i-1}
	 * (mod 7).
	 */
	private final long[] secondsPrefix = new long[15];

	private final long[] workingDaysPrefix = new long[15];

	private final boolean hasWorkingTime;

	private BusinessCalendar(Builder builder) {
		this.zone = builder.zone;
		try {
			this.timeline = ZoneTimeline.of(this.zone);
		}
		catch (DateTimeException ex) {
			throw new InvalidCalendarException("zone", "must have known rules, " + this.zone + " has none", ex);
		}
		Map<DayOfWeek, List<WorkingInterval>> schedule = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			DaySchedule daySchedule = DaySchedule.of(builder.hours.getOrDefault(day, List.of()), "hours[" + day + "]");
			this.weekly[day.ordinal()] = daySchedule;
			schedule.put(day, daySchedule.intervals);
		}
		this.weeklySchedule = Collections.unmodifiableMap(schedule);
		for (DayOfWeek day : DayOfWeek.values()) {
			checkNightShift("hours[" + day + "]", this.weekly[day.ordinal()], day.plus(1).toString(),
					this.weekly[day.plus(1).ordinal()]);
		}
		TreeMap<LocalDate, DaySchedule> overrides = new TreeMap<>();
		TreeMap<LocalDate, String> fields = new TreeMap<>();
		List<Holiday> sortedHolidays = new ArrayList<>(builder.holidays);
		sortedHolidays.sort(Comparator.comparing(Holiday::date));
		for (Holiday holiday : sortedHolidays) {
			String field = "holidays[" + holiday.date() + "]";
			if (overrides.containsKey(holiday.date())) {
				throw new InvalidCalendarException(field, "must not appear more than once");
			}
			overrides.put(holiday.date(), DaySchedule.of(holiday.hours(), field + ".hours"));
			fields.put(holiday.date(), field + ".hours");
		}
		List<SpecialWorkingDay> sortedSpecialDays = new ArrayList<>(builder.specialWorkingDays);
		sortedSpecialDays.sort(Comparator.comparing(SpecialWorkingDay::date));
		for (SpecialWorkingDay special : sortedSpecialDays) {
			String field = "specialWorkingDays[" + special.date() + "]";
			if (fields.containsKey(special.date())) {
				throw new InvalidCalendarException(field, fields.get(special.date()).startsWith("holidays")
						? "must not fall on a holiday" : "must not appear more than once");
			}
			overrides.put(special.date(), DaySchedule.of(special.hours(), field + ".hours"));
			fields.put(special.date(), field + ".hours");
		}
		this.holidays = List.copyOf(sortedHolidays);
		this.specialWorkingDays = List.copyOf(sortedSpecialDays);
		List<RecurringHoliday> sortedRecurring = new ArrayList<>(builder.recurringHolidays);
		sortedRecurring.sort(Comparator.comparing(RecurringHoliday::date));
		DaySchedule[] recurringSchedules = new DaySchedule[sortedRecurring.size()];
		for (int i = 0; i < recurringSchedules.length; i++) {
			RecurringHoliday recurring = sortedRecurring.get(i);
			String field = RecurringHoliday.field(recurring.date());
			if (i > 0 && sortedRecurring.get(i - 1).date().equals(recurring.date())) {
				throw new InvalidCalendarException(field, "must not appear more than once");
			}
			recurringSchedules[i] = DaySchedule.of(recurring.hours(), field + ".hours");
		}
		this.recurringHolidays = List.copyOf(sortedRecurring);
		// Every occurrence in the supported years becomes an override day, unless a dated
		// holiday or special day takes its place; year by year, in date order, so the
		// arrays come out sorted.
		int capacity = overrides.size() + (LAST_YEAR - FIRST_YEAR + 1) * sortedRecurring.size();
		long[] occurrences = new long[capacity];
		DaySchedule[] schedules = new DaySchedule[capacity];
		int[] sources = new int[capacity];
		int size = 0;
		java.util.Iterator<Map.Entry<LocalDate, DaySchedule>> dated = overrides.entrySet().iterator();
		Map.Entry<LocalDate, DaySchedule> nextDated = dated.hasNext() ? dated.next() : null;
		for (int year = FIRST_YEAR; year <= LAST_YEAR && !sortedRecurring.isEmpty(); year++) {
			for (int i = 0; i < recurringSchedules.length; i++) {
				MonthDay date = sortedRecurring.get(i).date();
				if (!date.isValidYear(year)) {
					continue;
				}
				long day = LocalDate.of(year, date.getMonth(), date.getDayOfMonth()).toEpochDay();
				while (nextDated != null && nextDated.getKey().toEpochDay() < day) {
					occurrences[size] = nextDated.getKey().toEpochDay();
					schedules[size] = nextDated.getValue();
					sources[size++] = -1;
					nextDated = dated.hasNext() ? dated.next() : null;
				}
				if (nextDated == null || nextDated.getKey().toEpochDay() != day) {
					occurrences[size] = day;
					schedules[size] = recurringSchedules[i];
					sources[size++] = i;
				}
			}
		}
		while (nextDated != null) {
			occurrences[size] = nextDated.getKey().toEpochDay();
			schedules[size] = nextDated.getValue();
			sources[size++] = -1;
			nextDated = dated.hasNext() ? dated.next() : null;
		}
		this.overrideDays = Arrays.copyOf(occurrences, size);
		this.overrideSchedules = Arrays.copyOf(schedules, size);
		for (Map.Entry<LocalDate, DaySchedule> entry : overrides.entrySet()) {
			LocalDate date = entry.getKey();
			LocalDate before = date.minusDays(1);
			LocalDate after = date.plusDays(1);
			checkNightShift(fieldOn(before, fields, sortedRecurring) + " on " + before, scheduleOf(before.toEpochDay()),
					fields.get(date), entry.getValue());
			checkNightShift(fields.get(date), entry.getValue(), after.toString(), scheduleOf(after.toEpochDay()));
		}
		for (int i = 0; i < size; i++) {
			if (sources[i] < 0) {
				continue;
			}
			DaySchedule occurrence = this.overrideSchedules[i];
			LocalDate date = LocalDate.ofEpochDay(this.overrideDays[i]);
			String field = RecurringHoliday.field(sortedRecurring.get(sources[i]).date()) + ".hours on " + date;
			if (!occurrence.isEmpty()) {
				LocalDate before = date.minusDays(1);
				checkNightShift(fieldOn(before, fields, sortedRecurring) + " on " + before,
						scheduleOf(before.toEpochDay()), field, occurrence);
			}
			if (occurrence.spill() > 0) {
				LocalDate after = date.plusDays(1);
				checkNightShift(field, occurrence, after.toString(), scheduleOf(after.toEpochDay()));
			}
		}
		// Closures last: they only take working time away, so they cannot break a rule
		// checked above.
		List<Closure> sortedClosures = new ArrayList<>(builder.closures);
		sortedClosures.sort(Comparator.comparing(Closure::date));
		TreeMap<Long, DaySchedule> closed = new TreeMap<>();
		for (Closure closure : sortedClosures) {
			long day = closure.date().toEpochDay();
			if (closed.containsKey(day)) {
				throw new InvalidCalendarException("closures[" + closure.date() + "]",
						"must not appear more than once");
			}
			closed.put(day, scheduleOf(day).without(closure.closed()));
		}
		this.closures = List.copyOf(sortedClosures);
		if (!closed.isEmpty()) {
			TreeMap<Long, DaySchedule> all = new TreeMap<>();
			for (int i = 0; i < this.overrideDays.length; i++) {
				all.put(this.overrideDays[i], this.overrideSchedules[i]);
			}
			all.putAll(closed);
			this.overrideDays = all.keySet().stream().mapToLong(Long::longValue).toArray();
			this.overrideSchedules = all.values().toArray(DaySchedule[]::new);
		}
		boolean overrideWork = false;
		for (DaySchedule override : this.overrideSchedules) {
			overrideWork |= !override.isEmpty();
		}
		long week = 0;
		int days = 0;
		for (int i = 0; i < 14; i++) {
			DaySchedule daySchedule = this.weekly[i % 7];
			this.secondsPrefix[i + 1] = this.secondsPrefix[i] + daySchedule.total;
			this.workingDaysPrefix[i + 1] = this.workingDaysPrefix[i] + ((daySchedule.total > 0) ? 1 : 0);
			if (i < 7) {
				week += daySchedule.total;
				days += (daySchedule.total > 0) ? 1 : 0;
			}
		}
		this.weekSeconds = week;
		this.workingDaysPerWeek = days;
		this.hasWorkingTime = week > 0 || overrideWork;
	}

	/** How errors name the hours of a date: its holiday, special day or weekday. */
	private static String fieldOn(LocalDate date, Map<LocalDate, String> fields, List<RecurringHoliday> recurring) {
		String field = fields.get(date);
		if (field != null) {
			return field;
		}
		for (RecurringHoliday holiday : recurring) {
			if (holiday.fallsOn(date)) {
				return RecurringHoliday.field(holiday.date()) + ".hours";
			}
		}
		return "hours[" + date.getDayOfWeek() + "]";
	}

	private static void checkNightShift(String field, DaySchedule day, String nextField, DaySchedule next) {
		if (day.spill() > 0 && !next.isEmpty() && day.spill() > next.firstStart()) {
			throw new InvalidCalendarException(field, "must not overlap the next day: " + day.last() + " overlaps "
					+ next.intervals.get(0) + " of " + nextField);
		}
	}

	/**
	 * Starts a calendar in the given zone with no working hours yet.
	 * @param zone must not be {@literal null}.
	 * @return will never be {@literal null}.
	 */
	public static Builder builder(ZoneId zone) {
		return new Builder(Objects.requireNonNull(zone, "zone must not be null"));
	}

	/**
	 * Starts a calendar in the zone with the given IANA id, e.g. {@code Europe/London}.
	 * @param zoneId must not be {@literal null}.
	 * @return will never be {@literal null}.
	 * @throws InvalidCalendarException if the zone is unknown or malformed.
	 */
	public static Builder builder(String zoneId) {
		Objects.requireNonNull(zoneId, "zoneId must not be null");
		try {
			return new Builder(ZoneId.of(zoneId));
		}
		catch (DateTimeException ex) {
			throw new InvalidCalendarException("zone",
					"must be a known IANA time zone id such as Europe/London, was '" + zoneId + "'", ex);
		}
	}

	/**
	 * A calendar that works around the clock every day.
	 * @param zone must not be {@literal null}; it still matters for day boundaries.
	 * @return will never be {@literal null}.
	 */
	public static BusinessCalendar twentyFourSeven(ZoneId zone) {
		Builder builder = builder(zone);
		for (DayOfWeek day : DayOfWeek.values()) {
			builder.hours(day, WorkingInterval.allDay());
		}
		return builder.build();
	}

	/**
	 * A builder holding this calendar's definition, to derive a changed calendar.
	 * @return will never be {@literal null}.
	 */
	public Builder toBuilder() {
		Builder builder = new Builder(this.zone);
		this.weeklySchedule.forEach(builder::hours);
		builder.holidays(this.holidays);
		builder.specialWorkingDays(this.specialWorkingDays);
		this.recurringHolidays.forEach(builder::recurringHoliday);
		this.closures.forEach(builder::closure);
		return builder;
	}

	/**
	 * The zone the working hours are in.
	 * @return will never be {@literal null}.
	 */
	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * The usual hours of each day of the week, for every day (empty for days off),
	 * sorted; e.g. to draw the week in a UI.
	 * @return will never be {@literal null}, unmodifiable.
	 */
	public Map<DayOfWeek, List<WorkingInterval>> weeklySchedule() {
		return this.weeklySchedule;
	}

	/**
	 * The holidays, by date.
	 * @return will never be {@literal null}, unmodifiable.
	 */
	public List<Holiday> holidays() {
		return this.holidays;
	}

	/**
	 * The special working days, by date.
	 * @return will never be {@literal null}, unmodifiable.
	 */
	public List<SpecialWorkingDay> specialWorkingDays() {
		return this.specialWorkingDays;
	}

	/**
	 * The holidays that recur every year, by month and day.
	 * @return will never be {@literal null}, unmodifiable.
	 */
	public List<RecurringHoliday> recurringHolidays() {
		return this.recurringHolidays;
	}

	/**
	 * The closures of part of a date, by date.
	 * @return will never be {@literal null}, unmodifiable.
	 */
	public List<Closure> closures() {
		return this.closures;
	}

	/**
	 * The hours that start on the given date as defined: a special day's, a dated
	 * holiday's or a recurring holiday's hours if it is one (in that order), otherwise
	 * its weekday's. A {@link Closure} on the date is not taken off here (see
	 * {@link #closures()}); the arithmetic does take it off.
	 * @param date must not be {@literal null}.
	 * @return will never be {@literal null}; empty on a day off.
	 */
	public List<WorkingInterval> hoursOn(LocalDate date) {
		return scheduleOf(date.toEpochDay()).intervals;
	}

	/**
	 * The working time of a week without holidays, special days or clock changes.
	 * @return will never be {@literal null}.
	 */
	public Duration standardWeeklyWorkingTime() {
		return Duration.ofSeconds(this.weekSeconds);
	}

	/**
	 * Whether the instant is inside working hours (an opening is, a closing is not).
	 * @param instant must not be {@literal null}.
	 * @return whether it is working time.
	 */
	public boolean isWorking(Instant instant) {
		return isWorkingAt(epochSecond(instant, "instant"));
	}

	/**
	 * The instant itself if it is working time, otherwise the next opening.
	 * @param instant must not be {@literal null}.
	 * @return will never be {@literal null}.
	 * @throws NoWorkingTimeException if there is no working time ahead.
	 */
	public Instant nextWorkingInstant(Instant instant) {
		long second = epochSecond(instant, "instant");
		return result(isWorkingAt(second) ? second : addSeconds(second, 1) - 1);
	}

	/**
	 * The due instant: the earliest instant at which {@code duration} of working time has
	 * passed since {@code start}. Counting starts at the next opening if {@code start} is
	 * outside working hours; a result that uses up a day's last working second is that
	 * day's closing time; zero returns {@code start}.
	 * @param start must not be {@literal null}.
	 * @param duration must not be {@literal null}, negative, fractional or above
	 * {@link #MAX_DURATION}.
	 * @return will never be {@literal null}.
	 * @throws CalendarArgumentException for a bad argument or a result after 2999.
	 * @throws NoWorkingTimeException if the calendar runs out of working time.
	 */
	public Instant addWorkingTime(Instant start, Duration duration) {
		long from = epochSecond(start, "start");
		long amount = seconds(duration, "subtractWorkingTime");
		return result((amount == 0) ? from : addSeconds(from, amount));
	}

	/**
	 * Like {@link #addWorkingTime(Instant, Duration)}, leaving the pauses out of working
	 * time.
	 * @param start must not be {@literal null}.
	 * @param duration must not be {@literal null}, negative, fractional or above
	 * {@link #MAX_DURATION}.
	 * @param pauses must not be {@literal null}; may overlap and be in any order.
	 * @return will never be {@literal null}.
	 */
	public Instant addWorkingTime(Instant start, Duration duration, List<Pause> pauses) {
		long cursor = epochSecond(start, "start");
		long remaining = seconds(duration, "subtractWorkingTime");
		if (remaining == 0) {
			return result(cursor);
		}
		long[] merged = merge(pauses);
		for (int i = 0; i < merged.length; i += 2) {
			long pauseStart = merged[i];
			long pauseEnd = merged[i + 1];
			if (pauseEnd <= cursor) {
				continue;
			}
			if (pauseStart > cursor) {
				long work = workingSeconds(cursor, pauseStart);
				if (remaining <= work) {
					return result(addSeconds(cursor, remaining));
				}
				remaining -= work;
			}
			cursor = pauseEnd;
		}
		return result(addSeconds(cursor, remaining));
	}

	/**
	 * The latest instant from which {@code duration} of working time passes until
	 * {@code end}; an exact result is an opening, not the previous closing; zero returns
	 * {@code end}.
	 * @param end must not be {@literal null}.
	 * @param duration must not be {@literal null}, negative, fractional or above
	 * {@link #MAX_DURATION}.
	 * @return will never be {@literal null}.
	 * @throws CalendarArgumentException for a bad argument or a result before year 1.
	 * @throws NoWorkingTimeException if the calendar runs out of working time.
	 */
	public Instant subtractWorkingTime(Instant end, Duration duration) {
		long to = epochSecond(end, "end");
		long amount = seconds(duration, "addWorkingTime");
		return result((amount == 0) ? to : subtractSeconds(to, amount));
	}

	/**
	 * Like {@link #subtractWorkingTime(Instant, Duration)}, leaving the pauses out of
	 * working time.
	 * @param end must not be {@literal null}.
	 * @param duration must not be {@literal null}, negative, fractional or above
	 * {@link #MAX_DURATION}.
	 * @param pauses must not be {@literal null}; may overlap and be in any order.
	 * @return will never be {@literal null}.
	 */
	public Instant subtractWorkingTime(Instant end, Duration duration, List<Pause> pauses) {
		long cursor = epochSecond(end, "end");
		long remaining = seconds(duration, "addWorkingTime");
		if (remaining == 0) {
			return result(cursor);
		}
		long[] merged = merge(pauses);
		for (int i = merged.length - 2; i >= 0; i -= 2) {
			long pauseStart = merged[i];
			long pauseEnd = merged[i + 1];
			if (pauseStart >= cursor) {
				continue;
			}
			if (pauseEnd < cursor) {
				long work = workingSeconds(pauseEnd, cursor);
				if (remaining <= work) {
					return result(subtractSeconds(cursor, remaining));
				}
				remaining -= work;
			}
			cursor = pauseStart;
		}
		return result(subtractSeconds(cursor, remaining));
	}

	/**
	 * The same time of day on the {@code days}-th working day after (or, if negative,
	 * before) the start. A working day is a date on which working time starts.
	 * <ul>
	 * <li>Zero returns {@code start}.</li>
	 * <li>Going forward, a start outside working hours first moves to the next opening
	 * (counting starts there, as in {@link #addWorkingTime(Instant, Duration)}); going
	 * back, it first moves to the last closing before it.</li>
	 * <li>The working day of that (moved) start is the day its interval started on (a
	 * night shift's morning belongs to the evening before); the time of day is kept
	 * relative to that day, so a night shift's 02:00 stays a night shift's 02:00.</li>
	 * <li>If the time of day is before the target day's first opening, the result is that
	 * opening; if after its last closing, that closing (e.g. a half-day holiday). A time
	 * between two intervals of the target day (a lunch break) is kept as it is.</li>
	 * </ul>
	 * @param start must not be {@literal null}.
	 * @param days between {@code -MAX_WORKING_DAYS} and {@code MAX_WORKING_DAYS}.
	 * @return will never be {@literal null}.
	 * @throws NoWorkingTimeException if the calendar runs out of working days.
	 */
	public Instant addWorkingDays(Instant start, int days) {
		long from = epochSecond(start, "start");
		if (Math.abs((long) days) > MAX_WORKING_DAYS) {
			throw new CalendarArgumentException("days",
					"must be between -" + MAX_WORKING_DAYS + " and " + MAX_WORKING_DAYS + ", was " + days);
		}
		if (days == 0) {
			return result(from);
		}
		requireWorkingTime();
		long[] position;
		Landing landing;
		if (days > 0) {
			// The second after the first working second from 'from' on, less one: 'from'
			// itself if it is working time, otherwise the next opening.
			position = positionOf(addSeconds(from, 1) - 1, false);
			landing = scanForward(position[0] + 1, days, true, position[0]);
		}
		else {
			position = isWorkingAt(from) ? positionOf(from, false) : positionOf(subtractSeconds(from, 1) + 1, true);
			landing = scanBackward(position[0] - 1, -(long) days, true, position[0]);
		}
		DaySchedule target = scheduleOf(landing.day());
		long secondOfDay = Math.min(Math.max(position[1], target.firstStart()), target.lastEnd());
		return result(this.timeline.toInstant(landing.day() * SECONDS_PER_DAY + secondOfDay));
	}

	/**
	 * The working time from {@code from} (included) to {@code to} (excluded); negative if
	 * {@code to} is before {@code from}.
	 * @param from must not be {@literal null}.
	 * @param to must not be {@literal null}.
	 * @return will never be {@literal null}; whole seconds.
	 */
	public Duration workingTimeBetween(Instant from, Instant to) {
		long a = epochSecond(from, "from");
		long b = epochSecond(to, "to");
		return Duration.ofSeconds((a <= b) ? workingSeconds(a, b) : -workingSeconds(b, a));
	}

	/**
	 * Like {@link #workingTimeBetween(Instant, Instant)}, leaving the pauses out.
	 * @param from must not be {@literal null}.
	 * @param to must not be {@literal null}.
	 * @param pauses must not be {@literal null}; may overlap and be in any order.
	 * @return will never be {@literal null}; whole seconds.
	 */
	public Duration workingTimeBetween(Instant from, Instant to, List<Pause> pauses) {
		long a = epochSecond(from, "from");
		long b = epochSecond(to, "to");
		long low = Math.min(a, b);
		long high = Math.max(a, b);
		long work = workingSeconds(low, high);
		long[] merged = merge(pauses);
		for (int i = 0; i < merged.length; i += 2) {
			long pauseStart = Math.max(merged[i], low);
			long pauseEnd = Math.min(merged[i + 1], high);
			if (pauseEnd > pauseStart) {
				work -= workingSeconds(pauseStart, pauseEnd);
			}
		}
		return Duration.ofSeconds((a <= b) ? work : -work);
	}

	// --- the arithmetic, in epoch seconds and epoch days ---

	private boolean isWorkingAt(long second) {
		long day = this.timeline.localDay(second);
		for (long d = day - 1; d <= day + 1; d++) {
			if (workInDay(d, second, second + 1) > 0) {
				return true;
			}
		}
		return false;
	}

	/** {@code amount > 0}. */
	private long addSeconds(long from, long amount) {
		requireWorkingTime();
		long day = this.timeline.localDay(from);
		long remaining = amount;
		// Days that may hold working time around 'from' (yesterday's night shift, and the
		// next day in case the clocks went back over midnight) are clipped to 'from'.
		for (long d = day - 1; d <= day + 1; d++) {
			long work = workInDay(d, from, Long.MAX_VALUE);
			if (remaining <= work) {
				return locateForward(d, remaining, from);
			}
			remaining -= work;
		}
		Landing landing = scanForward(day + 2, remaining, false, day);
		return locateForward(landing.day(), landing.remaining(), Long.MIN_VALUE);
	}

	/** {@code amount > 0}. */
	private long subtractSeconds(long to, long amount) {
		requireWorkingTime();
		long day = this.timeline.localDay(to);
		long remaining = amount;
		for (long d = day + 1; d >= day - 1; d--) {
			long work = workInDay(d, Long.MIN_VALUE, to);
			if (remaining <= work) {
				return locateBackward(d, remaining, to);
			}
			remaining -= work;
		}
		Landing landing = scanBackward(day - 2, remaining, false, day);
		return locateBackward(landing.day(), landing.remaining(), Long.MAX_VALUE);
	}

	/** Working seconds in [from, to), {@code from <= to}. */
	private long workingSeconds(long from, long to) {
		long first = this.timeline.localDay(from);
		long last = this.timeline.localDay(to);
		long sum = 0;
		if (last - first < 3) {
			for (long d = first - 1; d <= last + 1; d++) {
				sum += workInDay(d, from, to);
			}
			return sum;
		}
		// Days first+2 .. last-2 lie wholly inside [from, to): no clipping needed there.
		for (long d = first - 1; d <= first + 1; d++) {
			sum += workInDay(d, from, to);
		}
		sum += sumDays(first + 2, last - 1);
		for (long d = last - 1; d <= last + 1; d++) {
			sum += workInDay(d, from, to);
		}
		return sum;
	}

	/** Working seconds of the whole days [fromDay, toDay). */
	private long sumDays(long fromDay, long toDay) {
		long sum = 0;
		long day = fromDay;
		int overrideIndex = overrideIndexFrom(day);
		while (day < toDay) {
			while (overrideIndex < this.overrideDays.length && this.overrideDays[overrideIndex] < day) {
				overrideIndex++;
			}
			long nextOverride = (overrideIndex < this.overrideDays.length) ? this.overrideDays[overrideIndex]
					: Long.MAX_VALUE;
			int regime = (nextOverride == day) ? -1 : this.timeline.standardRegime(day);
			if (regime >= 0) {
				long end = Math.min(Math.min(nextOverride, this.timeline.lastStandardDay(regime) + 1), toDay);
				sum += stretchWeight(day, end - day, false);
				day = end;
			}
			else {
				sum += dayWork(day);
				day++;
			}
		}
		return sum;
	}

	/**
	 * Walks whole days forward from {@code fromDay} until {@code amount} of working
	 * seconds (or working days) is reached, skipping standard stretches in one step.
	 * @return the day on which it is reached and what remains to be used up on that day.
	 */
	private Landing scanForward(long fromDay, long amount, boolean countDays, long searchStartDay) {
		long day = fromDay;
		long remaining = amount;
		long lastWork = searchStartDay;
		int overrideIndex = overrideIndexFrom(day);
		while (true) {
			if (day - lastWork > SEARCH_HORIZON_DAYS) {
				throw noWorkingTime("after", lastWork);
			}
			if (day > MAX_DAY) {
				throw new CalendarArgumentException("result", "must be before " + MAX_INSTANT);
			}
			while (overrideIndex < this.overrideDays.length && this.overrideDays[overrideIndex] < day) {
				overrideIndex++;
			}
			long nextOverride = (overrideIndex < this.overrideDays.length) ? this.overrideDays[overrideIndex]
					: Long.MAX_VALUE;
			int regime = (nextOverride == day) ? -1 : this.timeline.standardRegime(day);
			if (regime >= 0) {
				long end = Math.min(Math.min(nextOverride, this.timeline.lastStandardDay(regime) + 1),
						Math.min(lastWork + SEARCH_HORIZON_DAYS + 1, MAX_DAY + 1));
				long weight = stretchWeight(day, end - day, countDays);
				if (weight < remaining) {
					remaining -= weight;
					lastWork = (weight > 0) ? end - 1 : lastWork;
					day = end;
					continue;
				}
				// Land inside this stretch: whole weeks in one step, then at most a week.
				long perWeek = countDays ? this.workingDaysPerWeek : this.weekSeconds;
				long weeks = (remaining - 1) / perWeek;
				remaining -= weeks * perWeek;
				day += 7 * weeks;
				while (true) {
					long work = weekdayWeight(day, countDays);
					if (remaining <= work) {
						return new Landing(day, remaining);
					}
					remaining -= work;
					day++;
				}
			}
			long work = countDays ? Math.min(1, dayWork(day)) : dayWork(day);
			if (remaining <= work) {
				return new Landing(day, remaining);
			}
			remaining -= work;
			lastWork = (work > 0) ? day : lastWork;
			day++;
		}
	}

	/** The mirror image of {@link #scanForward}, walking back from {@code fromDay}. */
	private Landing scanBackward(long fromDay, long amount, boolean countDays, long searchStartDay) {
		long day = fromDay;
		long remaining = amount;
		long lastWork = searchStartDay;
		int overrideIndex = overrideIndexFrom(day + 1) - 1;
		while (true) {
			if (lastWork - day > SEARCH_HORIZON_DAYS) {
				throw noWorkingTime("before", lastWork);
			}
			if (day < MIN_DAY) {
				throw new CalendarArgumentException("result", "must not be before " + MIN_INSTANT);
			}
			while (overrideIndex >= 0 && this.overrideDays[overrideIndex] > day) {
				overrideIndex--;
			}
			long previousOverride = (overrideIndex >= 0) ? this.overrideDays[overrideIndex] : Long.MIN_VALUE;
			int regime = (previousOverride == day) ? -1 : this.timeline.standardRegime(day);
			if (regime >= 0) {
				long start = Math.max(Math.max(previousOverride + 1, this.timeline.firstStandardDay(regime)),
						Math.max(lastWork - SEARCH_HORIZON_DAYS - 1, MIN_DAY - 1));
				long weight = stretchWeight(start, day - start + 1, countDays);
				if (weight < remaining) {
					remaining -= weight;
					lastWork = (weight > 0) ? start : lastWork;
					day = start - 1;
					continue;
				}
				long perWeek = countDays ? this.workingDaysPerWeek : this.weekSeconds;
				long weeks = (remaining - 1) / perWeek;
				remaining -= weeks * perWeek;
				day -= 7 * weeks;
				while (true) {
					long work = weekdayWeight(day, countDays);
					if (remaining <= work) {
						return new Landing(day, remaining);
					}
					remaining -= work;
					day--;
				}
			}
			long work = countDays ? Math.min(1, dayWork(day)) : dayWork(day);
			if (remaining <= work) {
				return new Landing(day, remaining);
			}
			remaining -= work;
			lastWork = (work > 0) ? day : lastWork;
			day--;
		}
	}

	/**
	 * Working seconds (or working days) of {@code count} standard days from {@code day}.
	 */
	private long stretchWeight(long day, long count, boolean countDays) {
		long[] prefix = countDays ? this.workingDaysPrefix : this.secondsPrefix;
		long perWeek = countDays ? this.workingDaysPerWeek : this.weekSeconds;
		int dayOfWeek = dayOfWeek(day);
		int rest = (int) (count % 7);
		return (count / 7) * perWeek + prefix[dayOfWeek + rest] - prefix[dayOfWeek];
	}

	private long weekdayWeight(long day, boolean countDays) {
		long total = this.weekly[dayOfWeek(day)].total;
		return countDays ? Math.min(1, total) : total;
	}

	/** The real working seconds of a whole day. */
	private long dayWork(long day) {
		DaySchedule schedule = scheduleOf(day);
		if (schedule.isEmpty()) {
			return 0;
		}
		return (this.timeline.standardRegime(day) >= 0) ? schedule.total
				: workInDay(day, Long.MIN_VALUE, Long.MAX_VALUE);
	}

	/**
	 * The working seconds of the intervals starting on {@code day}, clipped to [from,
	 * to).
	 */
	private long workInDay(long day, long from, long to) {
		DaySchedule schedule = scheduleOf(day);
		if (schedule.isEmpty()) {
			return 0;
		}
		int regime = this.timeline.standardRegime(day);
		long sum = 0;
		for (int i = 0; i < schedule.size(); i++) {
			long start = Math.max(instantOf(day, schedule.starts[i], regime), from);
			long end = Math.min(instantOf(day, schedule.ends[i], regime), to);
			if (end > start) {
				sum += end - start;
			}
		}
		return sum;
	}

	/**
	 * Where, on {@code day}, {@code remaining} seconds of work after {@code from} are
	 * used up.
	 */
	private long locateForward(long day, long remaining, long from) {
		DaySchedule schedule = scheduleOf(day);
		int regime = this.timeline.standardRegime(day);
		long left = remaining;
		for (int i = 0; i < schedule.size(); i++) {
			long start = Math.max(instantOf(day, schedule.starts[i], regime), from);
			long end = instantOf(day, schedule.ends[i], regime);
			if (end > start) {
				if (left <= end - start) {
					return start + left;
				}
				left -= end - start;
			}
		}
		throw new IllegalStateException("Working time of " + LocalDate.ofEpochDay(day) + " miscounted");
	}

	/**
	 * Where, on {@code day}, {@code remaining} seconds of work before {@code to} begin.
	 */
	private long locateBackward(long day, long remaining, long to) {
		DaySchedule schedule = scheduleOf(day);
		int regime = this.timeline.standardRegime(day);
		long left = remaining;
		for (int i = schedule.size() - 1; i >= 0; i--) {
			long start = instantOf(day, schedule.starts[i], regime);
			long end = Math.min(instantOf(day, schedule.ends[i], regime), to);
			if (end > start) {
				if (left <= end - start) {
					return end - left;
				}
				left -= end - start;
			}
		}
		throw new IllegalStateException("Working time of " + LocalDate.ofEpochDay(day) + " miscounted");
	}

	/**
	 * The working day and second of that day (from its local midnight, above 86,400 for a
	 * night shift's morning) of an instant inside working time, or of a closing instant.
	 */
	private long[] positionOf(long second, boolean closing) {
		long probe = closing ? second - 1 : second;
		long day = this.timeline.localDay(probe);
		for (long d = day - 1; d <= day + 1; d++) {
			DaySchedule schedule = scheduleOf(d);
			int regime = this.timeline.standardRegime(d);
			for (int i = 0; i < schedule.size(); i++) {
				long start = instantOf(d, schedule.starts[i], regime);
				long end = instantOf(d, schedule.ends[i], regime);
				if (start <= probe && probe < end) {
					long secondOfDay;
					if (closing && second == end) {
						secondOfDay = schedule.ends[i];
					}
					else if (!closing && second == start) {
						secondOfDay = schedule.starts[i];
					}
					else {
						secondOfDay = Math.min(
								Math.max(this.timeline.toLocal(second) - d * SECONDS_PER_DAY, schedule.starts[i]),
								schedule.ends[i]);
					}
					return new long[] { d, secondOfDay };
				}
			}
		}
		throw new IllegalStateException("No working interval around " + Instant.ofEpochSecond(second));
	}

	private long instantOf(long day, int secondOfDay, int regime) {
		long local = day * SECONDS_PER_DAY + secondOfDay;
		return (regime >= 0) ? local - this.timeline.offset(regime) : this.timeline.toInstant(local);
	}

	private DaySchedule scheduleOf(long day) {
		if (this.overrideDays.length > 0) {
			int index = Arrays.binarySearch(this.overrideDays, day);
			if (index >= 0) {
				return this.overrideSchedules[index];
			}
		}
		return this.weekly[dayOfWeek(day)];
	}

	private int overrideIndexFrom(long day) {
		int index = Arrays.binarySearch(this.overrideDays, day);
		return (index >= 0) ? index : -index - 1;
	}

	private static int dayOfWeek(long epochDay) {
		// 1970-01-01 was a Thursday (ordinal 3).
		return (int) Math.floorMod(epochDay + 3, 7L);
	}

	private void requireWorkingTime() {
		if (!this.hasWorkingTime) {
			throw new NoWorkingTimeException(
					"has no working time at all: no weekday hours and no special working days");
		}
	}

	private NoWorkingTimeException noWorkingTime(String direction, long day) {
		return new NoWorkingTimeException("has no working time within " + SEARCH_HORIZON_DAYS + " days (10 years) "
				+ direction + " " + LocalDate.ofEpochDay(day));
	}

	private static long epochSecond(Instant instant, String field) {
		Objects.requireNonNull(instant, () -> field + " must not be null");
		long second = instant.getEpochSecond();
		if (second < ZoneTimeline.MIN_INSTANT || second >= ZoneTimeline.MAX_INSTANT) {
			throw new CalendarArgumentException(field,
					"must be from " + MIN_INSTANT + " and before " + MAX_INSTANT + ", was " + instant);
		}
		return second;
	}

	private static long seconds(Duration duration, String otherWay) {
		Objects.requireNonNull(duration, "duration must not be null");
		if (duration.isNegative()) {
			throw new CalendarArgumentException("duration",
					"must not be negative, was " + duration + "; use " + otherWay + " to go the other way");
		}
		if (duration.getNano() != 0) {
			throw new CalendarArgumentException("duration", "must be whole seconds, was " + duration);
		}
		if (duration.compareTo(MAX_DURATION) > 0) {
			throw new CalendarArgumentException("duration",
					"must not exceed 100 years (" + MAX_DURATION.toHours() + " hours), was " + duration);
		}
		return duration.getSeconds();
	}

	private static Instant result(long second) {
		if (second >= ZoneTimeline.MAX_INSTANT) {
			throw new CalendarArgumentException("result", "must be before " + MAX_INSTANT);
		}
		if (second < ZoneTimeline.MIN_INSTANT) {
			throw new CalendarArgumentException("result", "must not be before " + MIN_INSTANT);
		}
		return Instant.ofEpochSecond(second);
	}

	/** Pauses as sorted, merged [start, end) pairs clamped to the supported range. */
	private static long[] merge(List<Pause> pauses) {
		Objects.requireNonNull(pauses, "pauses must not be null");
		if (pauses.isEmpty()) {
			return NO_PAUSES;
		}
		long[][] ranges = new long[pauses.size()][];
		int count = 0;
		for (Pause pause : pauses) {
			Objects.requireNonNull(pause, "pauses must not contain null");
			long start = clamp(pause.start().getEpochSecond());
			long end = clamp(pause.end().getEpochSecond());
			if (end > start) {
				ranges[count++] = new long[] { start, end };
			}
		}
		Arrays.sort(ranges, 0, count, Comparator.comparingLong((long[] range) -> range[0]));
		long[] merged = new long[count * 2];
		int size = 0;
		for (int i = 0; i < count; i++) {
			if (size > 0 && ranges[i][0] <= merged[size - 1]) {
				merged[size - 1] = Math.max(merged[size - 1], ranges[i][1]);
			}
			else {
				merged[size++] = ranges[i][0];
				merged[size++] = ranges[i][1];
			}
		}
		return Arrays.copyOf(merged, size);
	}

	private static long clamp(long second) {
		return Math.min(Math.max(second, ZoneTimeline.MIN_INSTANT), ZoneTimeline.MAX_INSTANT);
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof BusinessCalendar that && this.zone.equals(that.zone)
				&& this.weeklySchedule.equals(that.weeklySchedule) && this.holidays.equals(that.holidays)
				&& this.specialWorkingDays.equals(that.specialWorkingDays)
				&& this.recurringHolidays.equals(that.recurringHolidays) && this.closures.equals(that.closures));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.zone, this.weeklySchedule, this.holidays, this.specialWorkingDays,
				this.recurringHolidays, this.closures);
	}

	@Override
	public String toString() {
		return "BusinessCalendar[zone=" + this.zone + ", week=" + this.weeklySchedule + ", holidays="
				+ this.holidays.size() + ", specialWorkingDays=" + this.specialWorkingDays.size()
				+ ", recurringHolidays=" + this.recurringHolidays.size() + ", closures=" + this.closures.size() + "]";
	}

	private record Landing(long day, long remaining) {
	}

	/**
	 * Collects a calendar's definition from plain values; {@link #build()} validates it.
	 * Setting a weekday's hours again replaces them; holidays and special days add up.
	 */
	public static final class Builder {

		private final ZoneId zone;

		private final Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);

		private final List<Holiday> holidays = new ArrayList<>();

		private final List<SpecialWorkingDay> specialWorkingDays = new ArrayList<>();

		private final List<RecurringHoliday> recurringHolidays = new ArrayList<>();

		private final List<Closure> closures = new ArrayList<>();

		private Builder(ZoneId zone) {
			this.zone = zone;
		}

		/**
		 * Sets (replaces) the usual hours of a day of the week.
		 * @param day must not be {@literal null}.
		 * @param intervals the hours, in any order; none for a day off.
		 * @return this builder.
		 */
		public Builder hours(DayOfWeek day, WorkingInterval... intervals) {
			return hours(day, Arrays.asList(intervals));
		}

		/**
		 * Sets (replaces) the usual hours of a day of the week.
		 * @param day must not be {@literal null}.
		 * @param intervals must not be {@literal null}; empty for a day off.
		 * @return this builder.
		 */
		public Builder hours(DayOfWeek day, List<WorkingInterval> intervals) {
			Objects.requireNonNull(day, "day must not be null");
			this.hours.put(day, new ArrayList<>(intervals));
			return this;
		}

		/**
		 * Sets (replaces) the hours of Monday to Friday to the same intervals.
		 * @param intervals the hours of each of those days.
		 * @return this builder.
		 */
		public Builder mondayToFriday(WorkingInterval... intervals) {
			for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
					DayOfWeek.FRIDAY)) {
				hours(day, intervals);
			}
			return this;
		}

		/**
		 * Adds a holiday.
		 * @param holiday must not be {@literal null}.
		 * @return this builder.
		 */
		public Builder holiday(Holiday holiday) {
			this.holidays.add(Objects.requireNonNull(holiday, "holiday must not be null"));
			return this;
		}

		/**
		 * Adds a whole-day holiday.
		 * @param date must not be {@literal null}.
		 * @param name must not be blank.
		 * @return this builder.
		 */
		public Builder holiday(LocalDate date, String name) {
			return holiday(Holiday.wholeDay(date, name));
		}

		/**
		 * Adds holidays, e.g. from {@link IcsHolidays#read(java.io.InputStream)}.
		 * @param holidays must not be {@literal null}.
		 * @return this builder.
		 */
		public Builder holidays(Collection<Holiday> holidays) {
			holidays.forEach(this::holiday);
			return this;
		}

		/**
		 * Adds a special working day.
		 * @param day must not be {@literal null}.
		 * @return this builder.
		 */
		public Builder specialWorkingDay(SpecialWorkingDay day) {
			this.specialWorkingDays.add(Objects.requireNonNull(day, "day must not be null"));
			return this;
		}

		/**
		 * Adds a special working day.
		 * @param date must not be {@literal null}.
		 * @param name must not be blank.
		 * @param hours at least one interval.
		 * @return this builder.
		 */
		public Builder specialWorkingDay(LocalDate date, String name, WorkingInterval... hours) {
			return specialWorkingDay(SpecialWorkingDay.of(date, name, hours));
		}

		/**
		 * Adds special working days.
		 * @param days must not be {@literal null}.
		 * @return this builder.
		 */
		public Builder specialWorkingDays(Collection<SpecialWorkingDay> days) {
			days.forEach(this::specialWorkingDay);
			return this;
		}

		/**
		 * Adds a holiday that recurs every year.
		 * @param holiday must not be {@literal null}.
		 * @return this builder.
		 */
		public Builder recurringHoliday(RecurringHoliday holiday) {
			this.recurringHolidays.add(Objects.requireNonNull(holiday, "holiday must not be null"));
			return this;
		}

		/**
		 * Adds a whole-day holiday every year, e.g. {@code MonthDay.of(12, 25)}.
		 * @param date must not be {@literal null}.
		 * @param name must not be blank.
		 * @return this builder.
		 */
		public Builder recurringHoliday(MonthDay date, String name) {
			return recurringHoliday(RecurringHoliday.wholeDay(date, name));
		}

		/**
		 * Adds a closure of part of a date.
		 * @param closure must not be {@literal null}.
		 * @return this builder.
		 */
		public Builder closure(Closure closure) {
			this.closures.add(Objects.requireNonNull(closure, "closure must not be null"));
			return this;
		}

		/**
		 * Adds a closure of part of a date, e.g. 12:00-14:00 on 2026-12-24.
		 * @param date must not be {@literal null}.
		 * @param name must not be blank.
		 * @param closed at least one stretch.
		 * @return this builder.
		 */
		public Builder closure(LocalDate date, String name, WorkingInterval... closed) {
			return closure(Closure.of(date, name, closed));
		}

		/**
		 * Validates the definition and builds the calendar.
		 * @return will never be {@literal null}.
		 * @throws InvalidCalendarException naming the field and rule broken.
		 */
		public BusinessCalendar build() {
			return new BusinessCalendar(this);
		}

	}

}
