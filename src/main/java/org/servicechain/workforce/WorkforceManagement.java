package org.servicechain.workforce;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.StaffMember;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;

/**
 * Working patterns and absences (WF-1): who works which hours, who is away when, asked
 * for by the person and decided by a manager, with a stand-in; the team calendar; and
 * whether a person is available at an instant, which automatic assignment asks.
 */
@Service
public class WorkforceManagement {

	static final String ABSENCE = "absence";

	static final String PATTERN = "work-pattern";

	/** Days without a pattern are read in the organisation's zone. */
	static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

	private static final int MAX_DAYS = 366;

	private final Absences absences;

	private final WorkPatterns patterns;

	private final WorkforceAccessPolicy policy;

	private final IdentityManagement identity;

	private final BusinessCalendarManagement calendars;

	private final AuditTrail audit;

	private final Clock clock;

	WorkforceManagement(Absences absences, WorkPatterns patterns, WorkforceAccessPolicy policy,
			IdentityManagement identity, BusinessCalendarManagement calendars, AuditTrail audit, Clock clock) {
		this.absences = absences;
		this.patterns = patterns;
		this.policy = policy;
		this.identity = identity;
		this.calendars = calendars;
		this.audit = audit;
		this.clock = clock;
	}

	// Patterns

	/**
	 * @return every member of staff with their pattern, by name.
	 */
	@Transactional(readOnly = true)
	public List<PatternView> patterns() {
		this.policy.caller();
		Map<String, WorkPattern> byUser = new HashMap<>();
		this.patterns.findAll().forEach((pattern) -> byUser.put(pattern.getUsername(), pattern));
		return staff().stream().filter(StaffMember::enabled).map((member) -> {
			WorkPattern pattern = byUser.get(member.username());
			if (pattern == null) {
				return new PatternView(member.username(), member.displayName(), member.role().label(), null, 0, null,
						null, 0, null);
			}
			String name = this.calendars.nameOf(pattern.getCalendarId()).orElse("(deleted calendar)");
			String weekly = hours(calendar(pattern).standardWeeklyWorkingTime());
			return new PatternView(member.username(), member.displayName(), member.role().label(), pattern.getId(),
					pattern.getVersion(), pattern.getCalendarId(), name, pattern.getShrinkagePercent(), weekly);
		}).toList();
	}

	/**
	 * Sets the hours a person works to a business calendar and their shrinkage.
	 * @param version the pattern's version as read; ignored when the person has none yet
	 */
	@Transactional
	public PatternView setPattern(String username, @Nullable UUID calendarId, int shrinkagePercent, long version) {
		this.policy.requireManager("person", "set working patterns");
		StaffMember member = member(username, "person");
		if (calendarId == null) {
			throw new InvalidInputException("calendar", "required", "choose the calendar whose hours they work");
		}
		if (this.calendars.nameOf(calendarId).isEmpty()) {
			throw new InvalidInputException("calendar", "exists", "there is no calendar " + calendarId);
		}
		if (shrinkagePercent < 0 || shrinkagePercent > 90) {
			throw new InvalidInputException("shrinkage", "range",
					"shrinkage is the share of hours lost to breaks, meetings and training: 0 to 90 %");
		}
		Optional<WorkPattern> existing = this.patterns.findByUsername(member.username());
		if (existing.isPresent()) {
			WorkPattern pattern = existing.get();
			this.audit.checkVersion(PATTERN, pattern, version);
			Map<String, String> before = pattern.auditSnapshot();
			pattern.change(calendarId, shrinkagePercent);
			this.patterns.saveAndFlush(pattern);
			this.audit.updated(PATTERN, before, pattern);
		}
		else {
			WorkPattern pattern = this.patterns
				.saveAndFlush(new WorkPattern(member.username(), calendarId, shrinkagePercent));
			this.audit.created(PATTERN, pattern);
		}
		return patterns().stream()
			.filter((view) -> view.username().equals(member.username()))
			.findFirst()
			.orElseThrow();
	}

	// Absences

	@Transactional
	public AbsenceView requestAbsence(NewAbsence command) {
		CurrentUser caller = this.policy.caller();
		String person = strip(command.person());
		if (person == null || person.equalsIgnoreCase(caller.getUsername())) {
			person = caller.getUsername();
		}
		else if (!this.policy.manager(caller)) {
			throw new InvalidInputException("person", "authority",
					"you may ask for your own absences; a manager records them for others");
		}
		StaffMember member = member(person, "person");
		if (command.kind() == null) {
			throw new InvalidInputException("kind", "required", "choose holiday, sickness, training or other");
		}
		LocalDate from = command.startsOn();
		LocalDate to = command.endsOn();
		if (from == null) {
			throw new InvalidInputException("startsOn", "required", "give the first day away");
		}
		if (to == null) {
			throw new InvalidInputException("endsOn", "required", "give the last day away (the first day for one day)");
		}
		if (to.isBefore(from)) {
			throw new InvalidInputException("endsOn", "after-start",
					"the last day (" + to + ") is before the first (" + from + ")");
		}
		if (java.time.temporal.ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new InvalidInputException("endsOn", "range",
					"one absence covers at most a year; record longer ones in parts");
		}
		for (Absence other : this.absences.overlapping(member.username(),
				List.of(AbsenceStatus.REQUESTED, AbsenceStatus.APPROVED), from, to)) {
			throw new InvalidInputException("startsOn", "overlap",
					member.displayName() + " is already " + other.getStatus().label().toLowerCase(Locale.ROOT)
							+ " to be away " + other.getStartsOn() + " to " + other.getEndsOn()
							+ "; change or cancel that absence instead");
		}
		String standIn = strip(command.standIn());
		if (standIn != null) {
			StaffMember deputy = member(standIn, "standIn");
			standIn = deputy.username();
			if (standIn.equals(member.username())) {
				throw new InvalidInputException("standIn", "not-self", "the stand-in must be someone else");
			}
			if (!this.absences.overlapping(standIn, List.of(AbsenceStatus.APPROVED), from, to).isEmpty()) {
				throw new InvalidInputException("standIn", "available",
						deputy.displayName() + " is away during those days too; choose another stand-in");
			}
		}
		Absence absence = this.absences.saveAndFlush(new Absence(member.username(), command.kind(), from, to, standIn,
				strip(command.note()), caller.getUsername(), now()));
		this.audit.created(ABSENCE, absence);
		return view(caller, absence);
	}

	@Transactional
	public AbsenceView approve(UUID id, long version, @Nullable String note) {
		CurrentUser caller = this.policy.caller();
		Absence absence = load(id);
		this.policy.requireDecide(caller, absence);
		this.audit.checkVersion(ABSENCE, absence, version);
		Map<String, String> before = absence.auditSnapshot();
		absence.approve(caller.getUsername(), strip(note), now());
		return saved(caller, absence, before);
	}

	@Transactional
	public AbsenceView refuse(UUID id, long version, @Nullable String reason) {
		CurrentUser caller = this.policy.caller();
		Absence absence = load(id);
		this.policy.requireDecide(caller, absence);
		this.audit.checkVersion(ABSENCE, absence, version);
		String why = strip(reason);
		if (why == null) {
			throw new InvalidInputException("reason", "required", "say why the absence is refused");
		}
		Map<String, String> before = absence.auditSnapshot();
		absence.refuse(caller.getUsername(), why, now());
		return saved(caller, absence, before);
	}

	@Transactional
	public AbsenceView cancel(UUID id, long version) {
		CurrentUser caller = this.policy.caller();
		Absence absence = load(id);
		this.policy.requireRead(caller, absence);
		if (!this.policy.manager(caller) && !caller.getUsername().equals(absence.getUsername())) {
			throw new InvalidInputException("status", "authority",
					"only the person or a manager may cancel an absence");
		}
		this.audit.checkVersion(ABSENCE, absence, version);
		Map<String, String> before = absence.auditSnapshot();
		absence.cancel(caller.getUsername(), today(absence.getUsername()), now());
		return saved(caller, absence, before);
	}

	@Transactional(readOnly = true)
	public AbsenceView absence(UUID id) {
		CurrentUser caller = this.policy.caller();
		Absence absence = load(id);
		this.policy.requireRead(caller, absence);
		return view(caller, absence);
	}

	/**
	 * @return the caller's own absences, newest first.
	 */
	@Transactional(readOnly = true)
	public List<AbsenceView> myAbsences() {
		CurrentUser caller = this.policy.caller();
		Map<String, String> names = names();
		return this.absences.findByUsernameOrderByStartsOnDesc(caller.getUsername())
			.stream()
			.map((absence) -> view(caller, absence, names))
			.toList();
	}

	/**
	 * @return the absences waiting for a manager's decision, soonest first; empty for
	 * people who do not decide.
	 */
	@Transactional(readOnly = true)
	public List<AbsenceView> awaitingDecision() {
		CurrentUser caller = this.policy.caller();
		if (!this.policy.manager(caller)) {
			return List.of();
		}
		Map<String, String> names = names();
		return this.absences.findByStatusOrderByStartsOn(AbsenceStatus.REQUESTED)
			.stream()
			.map((absence) -> view(caller, absence, names))
			.toList();
	}

	/**
	 * @return the approved absences that cover a day, as the caller may see them.
	 */
	@Transactional(readOnly = true)
	public List<AbsenceView> approvedOn(LocalDate from, LocalDate to) {
		CurrentUser caller = this.policy.caller();
		Map<String, String> names = names();
		return this.absences.within(List.of(AbsenceStatus.APPROVED), from, to)
			.stream()
			.map((absence) -> view(caller, absence, names))
			.toList();
	}

	/**
	 * Who is away on which day, for every member of staff (WF-1).
	 * @param days how many days from {@code from}, 1 to 62
	 */
	@Transactional(readOnly = true)
	public TeamCalendarView teamCalendar(LocalDate from, int days) {
		CurrentUser caller = this.policy.caller();
		int span = Math.max(1, Math.min(days, 62));
		LocalDate to = from.plusDays(span - 1);
		List<LocalDate> dates = from.datesUntil(to.plusDays(1)).toList();
		Map<String, List<Absence>> byUser = new HashMap<>();
		for (Absence absence : this.absences.within(List.of(AbsenceStatus.REQUESTED, AbsenceStatus.APPROVED), from,
				to)) {
			byUser.computeIfAbsent(absence.getUsername(), (key) -> new ArrayList<>()).add(absence);
		}
		Map<String, BusinessCalendar> calendars = new HashMap<>();
		this.patterns.findAll().forEach((pattern) -> calendars.put(pattern.getUsername(), calendar(pattern)));
		List<TeamCalendarView.Row> rows = new ArrayList<>();
		int[] expected = new int[span];
		int[] present = new int[span];
		for (StaffMember member : staff()) {
			if (!member.enabled()) {
				continue;
			}
			BusinessCalendar calendar = calendars.get(member.username());
			List<TeamCalendarView.Cell> cells = new ArrayList<>();
			for (int i = 0; i < span; i++) {
				LocalDate date = dates.get(i);
				boolean working = calendar == null || !calendar.hoursOn(date).isEmpty();
				Absence away = byUser.getOrDefault(member.username(), List.of())
					.stream()
					.filter((absence) -> absence.covers(date))
					.findFirst()
					.orElse(null);
				String mark = null;
				boolean requested = false;
				if (away != null) {
					mark = this.policy.seesDetail(caller, away) ? away.getKind().label() : "Away";
					requested = away.getStatus() == AbsenceStatus.REQUESTED;
				}
				if (calendar != null && working) {
					expected[i]++;
					if (away == null || requested) {
						present[i]++;
					}
				}
				cells.add(new TeamCalendarView.Cell(date, mark, requested, working));
			}
			rows.add(new TeamCalendarView.Row(member.username(), member.displayName(),
					member.username().equals(caller.getUsername()), cells));
		}
		List<LocalDate> understaffed = new ArrayList<>();
		for (int i = 0; i < span; i++) {
			if (expected[i] > 0 && present[i] * 2 < expected[i]) {
				understaffed.add(dates.get(i));
			}
		}
		rows.sort(Comparator.comparing((TeamCalendarView.Row row) -> !row.me())
			.thenComparing(TeamCalendarView.Row::displayName));
		return new TeamCalendarView(from, dates, rows, understaffed);
	}

	/**
	 * Whether the person can take work at the instant: not on an approved absence that
	 * day, and inside the hours of their pattern when they have one. Asked for by
	 * automatic assignment as the system, so without an access check; it says no more
	 * than yes or no.
	 */
	@Transactional(readOnly = true)
	public boolean isAvailable(String username, Instant at) {
		Optional<WorkPattern> pattern = this.patterns.findByUsername(username);
		BusinessCalendar calendar = pattern.map(this::calendar).orElse(null);
		ZoneId zone = (calendar != null) ? calendar.zone() : DEFAULT_ZONE;
		LocalDate day = LocalDate.ofInstant(at, zone);
		if (!this.absences.overlapping(username, List.of(AbsenceStatus.APPROVED), day, day).isEmpty()) {
			return false;
		}
		return calendar == null || calendar.isWorking(at);
	}

	/**
	 * @return whether the person is on an approved absence on the day.
	 */
	@Transactional(readOnly = true)
	public boolean isAway(String username, LocalDate day) {
		return !this.absences.overlapping(username, List.of(AbsenceStatus.APPROVED), day, day).isEmpty();
	}

	// Helpers shared with the other services of the module

	Absence load(UUID id) {
		return this.absences.findById(id).orElseThrow(() -> new NotFoundException(ABSENCE, id));
	}

	AbsenceView view(CurrentUser caller, Absence absence) {
		return view(caller, absence, names());
	}

	AbsenceView view(CurrentUser caller, Absence absence, Map<String, String> names) {
		boolean detail = this.policy.seesDetail(caller, absence);
		return new AbsenceView(absence.getId(), absence.getVersion(), absence.getUsername(),
				names.getOrDefault(absence.getUsername(), absence.getUsername()), detail ? absence.getKind() : null,
				absence.getStartsOn(), absence.getEndsOn(), absence.getStatus(), absence.getStandIn(),
				(absence.getStandIn() != null) ? names.getOrDefault(absence.getStandIn(), absence.getStandIn()) : null,
				detail ? absence.getNote() : null,
				names.getOrDefault(absence.getRequestedBy(), absence.getRequestedBy()), absence.getRequestedAt(),
				(absence.getDecidedBy() != null) ? names.getOrDefault(absence.getDecidedBy(), absence.getDecidedBy())
						: null,
				detail ? absence.getDecisionNote() : null, absence.getWorkMovedAt(),
				this.policy.mayDecide(caller, absence), this.policy.mayCancel(caller, absence),
				this.policy.manager(caller) ? absence.getCoverNote() : null);
	}

	Map<String, String> names() {
		Map<String, String> names = new HashMap<>();
		staff().forEach((member) -> names.put(member.username(), member.displayName()));
		names.put("system", "System");
		return names;
	}

	List<StaffMember> staff() {
		return this.identity.staffDirectory();
	}

	LocalDate today(String username) {
		ZoneId zone = this.patterns.findByUsername(username)
			.map((pattern) -> calendar(pattern).zone())
			.orElse(DEFAULT_ZONE);
		return LocalDate.ofInstant(now(), zone);
	}

	Optional<BusinessCalendar> calendarOf(String username) {
		return this.patterns.findByUsername(username).map(this::calendar);
	}

	int shrinkageOf(String username) {
		return this.patterns.findByUsername(username).map(WorkPattern::getShrinkagePercent).orElse(0);
	}

	private BusinessCalendar calendar(WorkPattern pattern) {
		return this.calendars.calendar(pattern.getCalendarId());
	}

	private StaffMember member(String username, String field) {
		String wanted = username.strip();
		return staff().stream()
			.filter(StaffMember::enabled)
			.filter((member) -> member.username().equalsIgnoreCase(wanted))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(field, "exists",
					"there is no active member of staff '" + wanted + "'"));
	}

	private AbsenceView saved(CurrentUser caller, Absence absence, Map<String, String> before) {
		this.absences.saveAndFlush(absence);
		this.audit.updated(ABSENCE, before, absence);
		return view(caller, absence);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private static String hours(java.time.Duration duration) {
		long minutes = duration.toMinutes();
		return (minutes % 60 == 0) ? (minutes / 60) + " h" : (minutes / 60) + " h " + (minutes % 60) + " min";
	}

	private static @Nullable String strip(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
