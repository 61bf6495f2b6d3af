package org.servicechain.businesscalendars;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Persistable;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.WorkingInterval;
import org.servicechain.shared.Auditable;

/**
 * A business calendar as the organisation keeps it (AGREE-5): a name people and
 * agreements refer to, the zone, the usual hours of each weekday, holidays and special
 * working days. It is the stored, versioned, audited <em>definition</em>; the
 * {@link BusinessCalendar} built from it does the arithmetic.
 * <p>
 * Invariants: the name is unique ignoring case and surrounding spaces; the definition
 * always builds a valid {@link BusinessCalendar} (it is only ever set from one), and is
 * stored in that calendar's normalised form: intervals sorted and in their canonical
 * text, days sorted by date.
 */
@Entity
@Table(name = "calendar_definition")
class CalendarDefinition implements Auditable, Persistable<UUID> {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(name = "name_key", nullable = false, unique = true, length = 120)
	private String nameKey;

	@Column(length = 2000)
	private @Nullable String description;

	@Column(name = "zone_id", nullable = false, length = 64)
	private String zoneId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "calendar_weekday", joinColumns = @JoinColumn(name = "calendar_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "day_of_week", length = 9)
	@Column(name = "working_hours", nullable = false, length = 1000)
	private Map<DayOfWeek, String> weekdays = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "calendar_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
	@AttributeOverride(name = "date", column = @Column(name = "holiday_date", nullable = false))
	@OrderBy("date")
	private List<StoredDay> holidays = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "calendar_special_day", joinColumns = @JoinColumn(name = "calendar_id"))
	@AttributeOverride(name = "date", column = @Column(name = "working_date", nullable = false))
	@OrderBy("date")
	private List<StoredDay> specialWorkingDays = new ArrayList<>();

	/**
	 * Whether the definition is in the database. The id is assigned up front, so Spring
	 * Data cannot tell a new definition by its id; without this it would merge a new one
	 * (an extra select, and a copy whose rewritten collections count as a change).
	 */
	@Transient
	private boolean stored;

	protected CalendarDefinition() {
		this.id = UUID.randomUUID();
		this.name = "";
		this.nameKey = "";
		this.zoneId = "UTC";
		this.createdAt = Instant.EPOCH;
	}

	CalendarDefinition(CalendarDetails details, BusinessCalendar calendar, Instant createdAt) {
		this();
		this.createdAt = createdAt;
		apply(details, calendar);
	}

	static String nameKey(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Takes the name and description from the details and everything else from the
	 * calendar built from them, so what is stored is what was validated, normalised.
	 */
	void apply(CalendarDetails details, BusinessCalendar calendar) {
		this.name = details.name().strip();
		this.nameKey = nameKey(details.name());
		this.description = details.description();
		this.zoneId = calendar.zone().getId();
		Map<DayOfWeek, String> week = new HashMap<>();
		calendar.weeklySchedule().forEach((day, intervals) -> {
			if (!intervals.isEmpty()) {
				week.put(day, StoredDay.join(intervals));
			}
		});
		// Replace collections only when they differ: a rewritten collection counts as a
		// change and would bump the version of an unchanged calendar.
		if (!new HashMap<>(this.weekdays).equals(week)) {
			this.weekdays.clear();
			this.weekdays.putAll(week);
		}
		replace(this.holidays,
				calendar.holidays().stream().map((day) -> StoredDay.of(day.date(), day.name(), day.hours())).toList());
		replace(this.specialWorkingDays,
				calendar.specialWorkingDays()
					.stream()
					.map((day) -> StoredDay.of(day.date(), day.name(), day.hours()))
					.toList());
	}

	private static void replace(List<StoredDay> current, List<StoredDay> wanted) {
		if (!new ArrayList<>(current).equals(wanted)) {
			current.clear();
			current.addAll(wanted);
		}
	}

	/**
	 * @return the definition as a user would write it.
	 */
	CalendarDetails toDetails() {
		Map<DayOfWeek, List<String>> hours = new EnumMap<>(DayOfWeek.class);
		this.weekdays.forEach((day, text) -> hours.put(day, StoredDay.split(text)));
		return new CalendarDetails(this.name, this.description, this.zoneId, hours,
				this.holidays.stream().map(StoredDay::toDay).toList(),
				this.specialWorkingDays.stream().map(StoredDay::toDay).toList());
	}

	/**
	 * @return the calendar this definition describes; never {@literal null}.
	 */
	BusinessCalendar toCalendar() {
		return CalendarAssembler.assemble(toDetails());
	}

	CalendarView toView(BusinessCalendar calendar) {
		Map<DayOfWeek, List<String>> hours = new EnumMap<>(DayOfWeek.class);
		calendar.weeklySchedule()
			.forEach((day, intervals) -> hours.put(day, intervals.stream().map(WorkingInterval::toString).toList()));
		return new CalendarView(this.id, this.version, this.name, this.description, this.zoneId, hours,
				this.holidays.stream().map(StoredDay::toDay).toList(),
				this.specialWorkingDays.stream().map(StoredDay::toDay).toList(),
				calendar.standardWeeklyWorkingTime().toString(), this.createdAt);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.stored = true;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getName() {
		return this.name;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("name", this.name);
		snapshot.put("description", this.description);
		snapshot.put("zone", this.zoneId);
		for (DayOfWeek day : DayOfWeek.values()) {
			snapshot.put("hours." + day, this.weekdays.get(day));
		}
		// One entry per date, so the trail shows which holiday came or went.
		this.holidays.forEach((day) -> snapshot.put("holidays " + day.date(), describe(day)));
		this.specialWorkingDays.forEach((day) -> snapshot.put("specialWorkingDays " + day.date(), describe(day)));
		return snapshot;
	}

	private static String describe(StoredDay day) {
		return (day.hours() == null) ? day.name() : day.name() + " " + day.hours();
	}

}
