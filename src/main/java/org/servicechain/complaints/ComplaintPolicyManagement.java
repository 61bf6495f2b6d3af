package org.servicechain.complaints;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.ConflictException;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;

/**
 * The complaints policy in one place (CMP-2): steps, timescales in business time on a
 * chosen calendar, follow-up, who may approve which remedy up to what value, the
 * ombudsman and the acknowledgement template. Managers edit it; every save is a new
 * version, and a complaint keeps the version in force when it was received.
 */
@Service
public class ComplaintPolicyManagement {

	static final String ENTITY = "ComplaintPolicy";

	private final ComplaintPolicies policies;

	private final ComplaintAccessPolicy access;

	private final BusinessCalendarManagement calendars;

	private final AuditTrail audit;

	private final Clock clock;

	ComplaintPolicyManagement(ComplaintPolicies policies, ComplaintAccessPolicy access,
			BusinessCalendarManagement calendars, AuditTrail audit, Clock clock) {
		this.policies = policies;
		this.access = access;
		this.calendars = calendars;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return the policy in force, if one was ever written
	 */
	@Transactional(readOnly = true)
	public Optional<PolicyView> current() {
		this.access.requireStaff(this.access.caller());
		return this.policies.findTopByOrderByNumberDesc().map(this::view);
	}

	/**
	 * @return one page of the versions, newest first
	 */
	@Transactional(readOnly = true)
	public PageResponse<PolicyView> versions(int page, int size) {
		this.access.requireStaff(this.access.caller());
		return PageResponse.of(this.policies.findAllBy(Paging.of(page, size, Sort.by(Sort.Direction.DESC, "number"))),
				this::view);
	}

	/**
	 * Writes a new version of the policy.
	 * @param expectedNumber the version the editor started from (0 for the first)
	 * @return the new version
	 */
	@Transactional
	public PolicyView save(int expectedNumber, PolicyDetails details) {
		ComplaintAccessPolicy.Caller caller = this.access.caller();
		this.access.requireManagePolicy(caller);
		int current = this.policies.findTopByOrderByNumberDesc().map(ComplaintPolicyVersion::getNumber).orElse(0);
		if (current != expectedNumber) {
			throw new ConflictException("The complaints policy is at version " + current + " now, not " + expectedNumber
					+ ": reload it, then apply your change again");
		}
		validate(details);
		ComplaintPolicyVersion saved = this.policies
			.save(new ComplaintPolicyVersion(current + 1, details, Instant.now(this.clock), caller.username()));
		this.audit.record(ENTITY, saved.getId(), saved.getNumber(), "policy-version",
				List.of(new AuditEntryView.FieldChange("number", current == 0 ? null : String.valueOf(current),
						String.valueOf(saved.getNumber()))));
		return view(saved);
	}

	private void validate(PolicyDetails details) {
		List<InvalidInputException.FieldViolation> violations = new ArrayList<>();
		try {
			this.calendars.currentVersion(details.calendarId());
		}
		catch (NotFoundException ex) {
			violations.add(new InvalidInputException.FieldViolation("calendarId", "exists", "No such calendar"));
		}
		positive(violations, "acknowledge", details.acknowledge());
		positive(violations, "apologise", details.apologise());
		positive(violations, "analyse", details.analyse());
		positive(violations, "act", details.act());
		positive(violations, "assure", details.assure());
		if (violations.isEmpty()) {
			for (var step : List.of(java.util.Map.entry("acknowledge", details.acknowledge()),
					java.util.Map.entry("apologise", details.apologise()),
					java.util.Map.entry("analyse", details.analyse()))) {
				if (step.getValue().compareTo(details.act()) > 0) {
					violations.add(new InvalidInputException.FieldViolation(step.getKey(), "within-final-response",
							"must not be longer than the final response's timescale"));
				}
			}
		}
		if (details.seniorThreshold() != null && details.seniorThreshold().compareTo(details.discretionLimit()) < 0) {
			violations.add(new InvalidInputException.FieldViolation("seniorThreshold", "above-discretion",
					"must be at least the discretion limit"));
		}
		if ((details.seniorThreshold() == null) != (details.seniorLevel() == null)) {
			violations.add(new InvalidInputException.FieldViolation("seniorLevel", "together",
					"the senior threshold and level go together: give both or neither"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static void positive(List<InvalidInputException.FieldViolation> violations, String field,
			Duration duration) {
		if (duration.isNegative() || duration.isZero()) {
			violations.add(new InvalidInputException.FieldViolation(field, "positive", "must be a positive duration"));
		}
		else if (duration.compareTo(Duration.ofDays(3650)) > 0) {
			violations.add(new InvalidInputException.FieldViolation(field, "range", "must be at most ten years"));
		}
	}

	PolicyView view(ComplaintPolicyVersion version) {
		String name = this.calendars.nameOf(version.getCalendarId()).orElse("(deleted calendar)");
		Duration workingDay;
		try {
			BusinessCalendar calendar = this.calendars.calendar(version.getCalendarId());
			workingDay = ComplaintRecords.workingDay(calendar);
		}
		catch (NotFoundException ex) {
			workingDay = Duration.ZERO;
		}
		return version.toView(name, workingDay);
	}

}
