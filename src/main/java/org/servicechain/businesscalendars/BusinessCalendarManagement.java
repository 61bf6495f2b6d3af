package org.servicechain.businesscalendars;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.CalendarException;
import org.servicechain.calendar.Holiday;
import org.servicechain.calendar.IcsHolidays;
import org.servicechain.calendar.Pause;
import org.servicechain.calendar.RecurringHoliday;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.RecordNames;

/**
 * The stored business calendars' facade (AGREE-5): list, read, create, change, delete,
 * import holidays, and the questions asked of a calendar (due when? how much working time
 * between?). One transaction per command; every change is audited in it; every change
 * names the version it was made from and is refused when that version is stale (REQ-7).
 * Errors of the calendar rules come back as {@link InvalidInputException}s naming the
 * field as the caller wrote it and a stable rule code.
 * <p>
 * Other modules compute with {@link #calendar(UUID)}.
 */
@Service
public class BusinessCalendarManagement implements RecordNames {

	static final String ENTITY = "Calendar";

	/**
	 * The largest iCalendar file accepted; a national holiday feed is a few kilobytes.
	 */
	static final int MAX_ICS_BYTES = 1024 * 1024;

	private final CalendarDefinitions definitions;

	private final CalendarAccessPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	/**
	 * Built calendars by id, each with the version it was built from. Filled only from
	 * read-only transactions, which see committed data: a calendar built inside a write
	 * that later rolls back must never be served under a version number that another
	 * write will reuse.
	 */
	private final Map<UUID, Built> built = new ConcurrentHashMap<>();

	/**
	 * Calendars built from saved revisions, which never change, so they are kept until
	 * evicted: the least recently used beyond {@link #MAX_KEPT_VERSIONS}.
	 */
	private final Map<VersionKey, BusinessCalendar> versions = Collections
		.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<VersionKey, BusinessCalendar> eldest) {
				return size() > MAX_KEPT_VERSIONS;
			}

		});

	static final int MAX_KEPT_VERSIONS = 1024;

	private final CalendarRevisions revisions;

	BusinessCalendarManagement(CalendarDefinitions definitions, CalendarRevisions revisions,
			CalendarAccessPolicy policy, AuditTrail audit, Clock clock) {
		this.definitions = definitions;
		this.revisions = revisions;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	// Queries

	/**
	 * @return all calendars, by name; never {@literal null}.
	 */
	@Transactional(readOnly = true)
	public List<CalendarView> list() {
		this.policy.requireRead();
		return this.definitions.findAllByOrderByNameKey()
			.stream()
			.map((definition) -> definition.toView(cached(definition)))
			.toList();
	}

	/**
	 * @return the calendar; never {@literal null}.
	 * @throws NotFoundException if there is no such calendar.
	 */
	/**
	 * The calendar's name, for the audit trail of records that refer to it.
	 */
	@Override
	@Transactional(readOnly = true)
	public Optional<String> nameOf(UUID id) {
		return this.definitions.findById(id).map(CalendarDefinition::getName);
	}

	@Transactional(readOnly = true)
	public CalendarView get(UUID id) {
		this.policy.requireRead();
		CalendarDefinition definition = load(id);
		return definition.toView(cached(definition));
	}

	/**
	 * The calendar to compute with, for modules that measure promises in it (agreements,
	 * SLA clocks). Built once per stored version and kept, so asking is one indexed
	 * lookup of the version. Unlike the other queries it does not require a staff user:
	 * it answers computations made on behalf of anyone (a customer's request, a scheduled
	 * sweep), and a calendar's hours are no secret.
	 * @param id must not be {@literal null}.
	 * @return will never be {@literal null}.
	 * @throws NotFoundException if there is no such calendar.
	 */
	@Transactional(readOnly = true)
	public BusinessCalendar calendar(UUID id) {
		long version = this.definitions.findVersionById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		Built known = this.built.get(id);
		if (known != null && known.version() == version) {
			return known.calendar();
		}
		return cached(load(id));
	}

	/**
	 * The version number of the calendar now: the one {@link #calendar(UUID)} computes
	 * with, and the one an SLA clock starting now keeps (issue 8). Readable without the
	 * staff check, like {@link #calendar(UUID)}.
	 * @throws NotFoundException if there is no such calendar (or it was deleted).
	 */
	@Transactional(readOnly = true)
	public long currentVersion(UUID calendarId) {
		return this.definitions.findVersionById(calendarId)
			.orElseThrow(() -> new NotFoundException(ENTITY, calendarId));
	}

	/**
	 * The calendar as it was saved at a version, for a clock that keeps the calendar in
	 * force when it started. Every saved version is kept, also after the calendar is
	 * deleted, and the built calendar is cached. Readable without the staff check, like
	 * {@link #calendar(UUID)}.
	 * @return will never be {@literal null}.
	 * @throws NotFoundException if the calendar never had that version.
	 */
	@Transactional(readOnly = true)
	public BusinessCalendar calendar(UUID calendarId, long version) {
		VersionKey key = new VersionKey(calendarId, version);
		BusinessCalendar known = this.versions.get(key);
		if (known != null) {
			return known;
		}
		Built current = this.built.get(calendarId);
		if (current != null && current.version() == version) {
			return current.calendar();
		}
		Optional<CalendarDetails> details = this.revisions.find(calendarId, version);
		if (details.isEmpty()) {
			// Saved before revisions were kept and not yet backfilled: only the current
			// version can be answered.
			if (currentVersion(calendarId) == version) {
				return calendar(calendarId);
			}
			throw new NotFoundException(ENTITY + " version", calendarId + " v" + version);
		}
		BusinessCalendar calendar = CalendarAssembler.assemble(details.get());
		this.versions.put(key, calendar);
		return calendar;
	}

	/**
	 * Which version of the calendar was in force at an instant: the last one saved at or
	 * before it. Revisions outlive a deleted calendar, so this answers for it too.
	 * Readable without the staff check, like {@link #calendar(UUID)}.
	 * @return empty if the calendar did not exist yet at that instant, or never did.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> versionAt(UUID calendarId, Instant at) {
		return this.revisions.versionAt(calendarId, at);
	}

	/**
	 * Answers "raised at {@code start}, due when?" in the calendar: working time added
	 * (or, if negative, taken away), or working days added.
	 * @return will never be {@literal null}.
	 * @throws InvalidInputException naming the parameter and rule, e.g. a calendar
	 * without working time ({@code calendar}, {@code no-working-time}).
	 */
	@Transactional(readOnly = true)
	public DueView due(UUID id, DueQuery query) {
		return due(id, query, List.of());
	}

	/**
	 * Like {@link #due(UUID, DueQuery)}, leaving the pauses out of working time (for
	 * example while the request waited on the customer). Pauses apply to a duration of
	 * working time, not to working days.
	 * @throws InvalidInputException naming {@code pauses[i]} for a reversed
	 * ({@code reversed}) or overlapping ({@code overlap}) pause, or {@code pauses}
	 * ({@code not-with-days}) with working days.
	 */
	@Transactional(readOnly = true)
	public DueView due(UUID id, DueQuery query, List<PauseInput> pauseInputs) {
		this.policy.requireRead();
		BusinessCalendar calendar = calendar(id);
		ZoneId zone = calendar.zone();
		Instant start = (query.start() != null) ? query.start().in(zone, "start") : now();
		String amountField = (query.duration() != null) ? "duration" : "days";
		if (!pauseInputs.isEmpty() && query.duration() == null) {
			throw new InvalidInputException(PauseInput.FIELD, "not-with-days",
					"apply to a duration of working time, not to working days");
		}
		List<Pause> pauses = PauseInput.toPauses(pauseInputs, zone);
		Instant due;
		try {
			Duration duration = query.duration();
			if (duration == null) {
				due = calendar.addWorkingDays(start, Objects.requireNonNull(query.days()));
			}
			else if (duration.isNegative()) {
				due = calendar.subtractWorkingTime(start, duration.negated(), pauses);
			}
			else {
				due = calendar.addWorkingTime(start, duration, pauses);
			}
		}
		catch (CalendarException ex) {
			// The calendar names the instant "end" when going back and the out-of-range
			// answer "result"; the caller gave a start and an amount.
			String field = switch (ex.field()) {
				case "start", "end", "instant" -> "start";
				case "result", "duration", "days" -> amountField;
				default -> ex.field();
			};
			throw CalendarProblems.invalid(field, ex);
		}
		Instant startSecond = start.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		return new DueView(id, zone.getId(), startSecond, LocalDateTime.ofInstant(startSecond, zone),
				(query.duration() != null) ? query.duration().toString() : null, query.days(), due,
				LocalDateTime.ofInstant(due, zone));
	}

	/**
	 * The working time between two points in time, {@code from} included and {@code to}
	 * excluded; negative if {@code to} is before {@code from}.
	 * @return will never be {@literal null}.
	 */
	@Transactional(readOnly = true)
	public WorkingTimeView workingTime(UUID id, TimeInput from, TimeInput to) {
		return workingTime(id, from, to, List.of());
	}

	/**
	 * Like {@link #workingTime(UUID, TimeInput, TimeInput)}, leaving the pauses out.
	 * @throws InvalidInputException naming {@code pauses[i]} for a reversed
	 * ({@code reversed}) or overlapping ({@code overlap}) pause.
	 */
	@Transactional(readOnly = true)
	public WorkingTimeView workingTime(UUID id, TimeInput from, TimeInput to, List<PauseInput> pauseInputs) {
		this.policy.requireRead();
		BusinessCalendar calendar = calendar(id);
		ZoneId zone = calendar.zone();
		Instant start = from.in(zone, "from").truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Instant end = to.in(zone, "to").truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		List<Pause> pauses = PauseInput.toPauses(pauseInputs, zone);
		Duration working;
		try {
			working = calendar.workingTimeBetween(start, end, pauses);
		}
		catch (CalendarException ex) {
			throw CalendarProblems.invalid(ex.field(), ex);
		}
		return new WorkingTimeView(id, zone.getId(), start, LocalDateTime.ofInstant(start, zone), end,
				LocalDateTime.ofInstant(end, zone), working.getSeconds(), working.toString());
	}

	/**
	 * When the calendar is next at work: {@code from} itself if it is working time,
	 * otherwise the next opening.
	 * @param from {@literal null} means now.
	 * @return will never be {@literal null}.
	 * @throws InvalidInputException ({@code calendar}, {@code no-working-time}) if there
	 * is no working time within ten years.
	 */
	@Transactional(readOnly = true)
	public NextWorkingInstantView nextWorkingInstant(UUID id, @Nullable TimeInput from) {
		this.policy.requireRead();
		BusinessCalendar calendar = calendar(id);
		ZoneId zone = calendar.zone();
		Instant start = ((from != null) ? from.in(zone, "from") : now())
			.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Instant next;
		try {
			next = calendar.nextWorkingInstant(start);
		}
		catch (CalendarException ex) {
			throw CalendarProblems.invalid(ex.field().equals("instant") ? "from" : ex.field(), ex);
		}
		return new NextWorkingInstantView(id, zone.getId(), start, LocalDateTime.ofInstant(start, zone),
				next.equals(start), next, LocalDateTime.ofInstant(next, zone));
	}

	/**
	 * @return the audit trail of a calendar, newest first.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> history(UUID id) {
		this.policy.requireRead();
		load(id);
		return this.audit.history(id);
	}

	// Commands

	@Transactional
	public CalendarView create(CalendarDetails details) {
		this.policy.requireEdit();
		BusinessCalendar calendar = validate(details, null);
		Instant now = now();
		CalendarDefinition definition = new CalendarDefinition(details, calendar, now);
		this.definitions.saveAndFlush(definition);
		this.revisions.record(definition.getId(), definition.getVersion(), now, definition.toDetails());
		this.audit.created(ENTITY, definition);
		return definition.toView(calendar);
	}

	@Transactional
	public CalendarView update(UUID id, long version, CalendarDetails details) {
		this.policy.requireEdit();
		CalendarDefinition definition = load(id);
		this.audit.checkVersion(ENTITY, definition, version);
		BusinessCalendar calendar = validate(details, definition);
		return save(definition, details, calendar);
	}

	@Transactional
	public void delete(UUID id, long version) {
		this.policy.requireEdit();
		CalendarDefinition definition = load(id);
		this.audit.checkVersion(ENTITY, definition, version);
		this.audit.deleted(ENTITY, definition);
		this.definitions.delete(definition);
		this.built.remove(id);
	}

	/**
	 * Adds the holidays of an iCalendar file (e.g. a government's bank holiday feed) to a
	 * calendar. A date that is already a holiday takes the file's name and becomes a
	 * whole day off, because the file is the authority the user chose to import. An event
	 * recurring every year on its date ({@code RRULE:FREQ=YEARLY}) becomes a recurring
	 * holiday the same way.
	 * @param ics an iCalendar stream of all-day events, at most 1 MB; not closed.
	 * @return what was imported; never {@literal null}.
	 * @throws InvalidInputException ({@code ics}) if the file is not usable, or naming
	 * the holiday if the result breaks a calendar rule (e.g. a special working day on an
	 * imported holiday).
	 */
	@Transactional
	public HolidayImport importHolidays(UUID id, long version, InputStream ics) {
		this.policy.requireEdit();
		CalendarDefinition definition = load(id);
		this.audit.checkVersion(ENTITY, definition, version);
		IcsHolidays.Imported file;
		try {
			file = IcsHolidays.readWithRecurring(new ByteArrayInputStream(readAtMost(ics, MAX_ICS_BYTES)));
		}
		catch (CalendarException ex) {
			String context = ex.field().equals("ics") ? "" : ex.field() + " ";
			throw new InvalidInputException(List.of(CalendarProblems.violation("ics", ex, context)));
		}
		List<Holiday> imported = file.holidays();
		if (file.isEmpty()) {
			throw new InvalidInputException("ics", "no-holidays", "holds no all-day events to import as holidays");
		}
		CalendarDetails current = definition.toDetails();
		Map<LocalDate, CalendarDay> byDate = new TreeMap<>();
		current.holidays().forEach((day) -> byDate.put(day.date(), day));
		int added = 0;
		int replaced = 0;
		for (Holiday holiday : imported) {
			CalendarDay day = CalendarDay.wholeDay(holiday.date(), holiday.name());
			CalendarDay before = byDate.put(day.date(), day);
			if (before == null) {
				added++;
			}
			else if (!before.equals(day)) {
				replaced++;
			}
		}
		Map<String, RecurringDay> yearly = new TreeMap<>();
		current.recurringHolidays().forEach((day) -> yearly.put(day.date(), day));
		file.recurring()
			.forEach((day) -> yearly.put(RecurringHoliday.text(day.date()),
					RecurringDay.wholeDay(RecurringHoliday.text(day.date()), day.name())));
		CalendarDetails details = current.withHolidays(new ArrayList<>(byDate.values()))
			.withRecurringHolidays(new ArrayList<>(yearly.values()));
		BusinessCalendar calendar = validate(details, definition);
		return new HolidayImport(save(definition, details, calendar), imported.size(), added, replaced,
				file.recurring().size());
	}

	private CalendarView save(CalendarDefinition definition, CalendarDetails details, BusinessCalendar calendar) {
		Map<String, String> before = definition.auditSnapshot();
		long versionBefore = definition.getVersion();
		definition.apply(details, calendar);
		this.definitions.saveAndFlush(definition);
		if (definition.getVersion() != versionBefore) {
			this.revisions.record(definition.getId(), definition.getVersion(), now(), definition.toDetails());
		}
		this.audit.updated(ENTITY, before, definition);
		return definition.toView(calendar);
	}

	private BusinessCalendar validate(CalendarDetails details, @Nullable CalendarDefinition existing) {
		List<FieldViolation> violations = new ArrayList<>();
		if (details.name() != null && !details.name().isBlank()) {
			String key = CalendarDefinition.nameKey(details.name());
			boolean taken = (existing == null) ? this.definitions.existsByNameKey(key)
					: this.definitions.existsByNameKeyAndIdNot(key, existing.getId());
			if (taken) {
				violations.add(new FieldViolation("name", "unique",
						"a calendar named '" + details.name().strip() + "' already exists"));
			}
		}
		else {
			violations.add(new FieldViolation("name", "required", "must not be blank"));
		}
		try {
			BusinessCalendar calendar = CalendarAssembler.assemble(details);
			if (violations.isEmpty()) {
				return calendar;
			}
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.getViolations());
		}
		throw new InvalidInputException(violations);
	}

	private BusinessCalendar cached(CalendarDefinition definition) {
		Built known = this.built.get(definition.getId());
		if (known != null && known.version() == definition.getVersion()) {
			return known.calendar();
		}
		BusinessCalendar calendar = definition.toCalendar();
		// Keep it only if no change was committed while the definition's collections were
		// being loaded, so the cached calendar is exactly that version.
		boolean stable = this.definitions.findVersionById(definition.getId())
			.map((version) -> version == definition.getVersion())
			.orElse(false);
		if (stable) {
			this.built.merge(definition.getId(), new Built(definition.getVersion(), calendar),
					(old, fresh) -> (fresh.version() >= old.version()) ? fresh : old);
		}
		return calendar;
	}

	private CalendarDefinition load(UUID id) {
		return this.definitions.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/**
	 * Now, to the microsecond that both databases keep, so a stored instant reads back
	 * equal.
	 */
	private Instant now() {
		return Instant.now(this.clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	private static byte[] readAtMost(InputStream in, int limit) {
		try {
			byte[] bytes = in.readNBytes(limit + 1);
			if (bytes.length > limit) {
				throw new InvalidInputException("ics", "size", "must not be larger than " + (limit / 1024) + " KB");
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Built(long version, BusinessCalendar calendar) {
	}

	private record VersionKey(UUID calendarId, long version) {
	}

}
