package org.servicechain.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.CurrentUser;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;

/**
 * Each user's own charts (REP-1, REP-2): those pinned to their dashboard and those mailed
 * to them weekly or monthly. A pin or schedule of someone else answers "not found". The
 * filters are checked as the report itself would check them when pinned or scheduled, so
 * a partner cannot keep a pin on another party's figures.
 */
@Service
public class ReportPreferences {

	/** At most this many pins, and this many schedules, per user. */
	static final int MAX_PER_USER = 12;

	private final ReportingAccessPolicy policy;

	private final Reports reports;

	private final ReportPins pins;

	private final ReportSchedules schedules;

	private final AuditTrail audit;

	private final Clock clock;

	ReportPreferences(ReportingAccessPolicy policy, Reports reports, ReportPins pins, ReportSchedules schedules,
			AuditTrail audit, Clock clock) {
		this.policy = policy;
		this.reports = reports;
		this.pins = pins;
		this.schedules = schedules;
		this.audit = audit;
		this.clock = clock;
	}

	// Pins

	@Transactional(readOnly = true)
	public List<PinView> myPins() {
		CurrentUser user = this.policy.requireReader();
		return this.pins.findByUsernameOrderByCreatedAt(user.getUsername()).stream().map(ReportPin::toView).toList();
	}

	/**
	 * Pins a chart with its filters (the period is not kept: a pinned chart shows the
	 * default period, the 30 days up to the day it is looked at).
	 */
	@Transactional
	public PinView pin(ReportKind kind, ReportFilter filter) {
		CurrentUser user = this.policy.requireReader();
		ReportFilter scoped = this.policy.scoped(filter);
		if (this.pins.countByUsername(user.getUsername()) >= MAX_PER_USER) {
			throw new InvalidInputException("kind", "max-pins", "at most " + MAX_PER_USER + " pinned charts");
		}
		ReportPin pin = new ReportPin(user.getUsername(), kind, stored(user, scoped), Instant.now(this.clock));
		this.pins.saveAndFlush(pin);
		this.audit.created("Pinned chart", pin);
		return pin.toView();
	}

	@Transactional
	public void unpin(UUID id) {
		CurrentUser user = this.policy.requireReader();
		ReportPin pin = this.pins.findById(id)
			.filter((found) -> found.getUsername().equals(user.getUsername()))
			.orElseThrow(() -> new NotFoundException("Pinned chart", id));
		this.pins.delete(pin);
		this.audit.deleted("Pinned chart", pin);
	}

	/**
	 * The caller's pinned charts counted now, for the dashboard panel.
	 */
	@Transactional(readOnly = true)
	public List<Pinned> pinnedReports() {
		List<Pinned> shown = new ArrayList<>();
		LocalDate[] period = this.reports.defaultPeriod();
		for (PinView pin : myPins()) {
			shown.add(new Pinned(pin,
					this.reports.report(pin.kind(), ReportFilter.fromQuery(pin.filters(), period[0], period[1]))));
		}
		return shown;
	}

	/**
	 * A pinned chart with its report counted now.
	 */
	public record Pinned(PinView pin, Report report) {

	}

	// Schedules

	@Transactional(readOnly = true)
	public List<ScheduleView> mySchedules() {
		CurrentUser user = this.policy.requireReader();
		return this.schedules.findByUsernameOrderByCreatedAt(user.getUsername())
			.stream()
			.map(ReportSchedule::toView)
			.toList();
	}

	@Transactional
	public ScheduleView schedule(ReportKind kind, ReportFilter filter, @Nullable ReportFrequency frequency) {
		CurrentUser user = this.policy.requireReader();
		if (frequency == null) {
			throw new InvalidInputException("frequency", "required", "weekly or monthly");
		}
		ReportFilter scoped = this.policy.scoped(filter);
		if (this.schedules.countByUsername(user.getUsername()) >= MAX_PER_USER) {
			throw new InvalidInputException("kind", "max-schedules", "at most " + MAX_PER_USER + " scheduled reports");
		}
		ReportSchedule schedule = new ReportSchedule(user.getUsername(), kind, stored(user, scoped), frequency,
				Instant.now(this.clock));
		this.schedules.saveAndFlush(schedule);
		this.audit.created("Scheduled report", schedule);
		return schedule.toView();
	}

	@Transactional
	public void cancelSchedule(UUID id) {
		CurrentUser user = this.policy.requireReader();
		ReportSchedule schedule = this.schedules.findById(id)
			.filter((found) -> found.getUsername().equals(user.getUsername()))
			.orElseThrow(() -> new NotFoundException("Scheduled report", id));
		this.schedules.delete(schedule);
		this.audit.deleted("Scheduled report", schedule);
	}

	/**
	 * @return the filter as stored: for a partner or team member without the party, which
	 * their report adds back each time from who they are then
	 */
	private String stored(CurrentUser user, ReportFilter scoped) {
		return this.policy.fullView(user) ? scoped.query() : scoped.withPartner(null).query();
	}

}
