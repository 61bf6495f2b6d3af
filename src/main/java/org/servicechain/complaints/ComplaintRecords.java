package org.servicechain.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.complaints.ComplaintAccessPolicy.Caller;
import org.servicechain.shared.NotFoundException;
import org.servicechain.sla.ClockState;

/**
 * Loads complaints with the access check, appends to their history, and derives their
 * step clocks: what the facade, the queries and the sweep share.
 */
@Component
class ComplaintRecords {

	private final Complaints complaints;

	private final ComplaintEvents events;

	private final ComplaintReferrals referrals;

	private final ComplaintPolicies policies;

	private final ComplaintAccessPolicy access;

	private final BusinessCalendarManagement calendars;

	private final JdbcClient jdbc;

	ComplaintRecords(Complaints complaints, ComplaintEvents events, ComplaintReferrals referrals,
			ComplaintPolicies policies, ComplaintAccessPolicy access, BusinessCalendarManagement calendars,
			JdbcClient jdbc) {
		this.complaints = complaints;
		this.events = events;
		this.referrals = referrals;
		this.policies = policies;
		this.access = access;
		this.calendars = calendars;
		this.jdbc = jdbc;
	}

	/**
	 * Who a complaint was referred to: the parties and the managers.
	 */
	record Routing(Set<UUID> parties, Set<String> managers, Set<UUID> sharedWith) {

	}

	Routing routing(UUID complaintId) {
		Set<UUID> parties = new HashSet<>();
		Set<String> managers = new HashSet<>();
		Set<UUID> shared = new HashSet<>();
		for (ComplaintReferral referral : this.referrals.findByComplaintIdOrderByReferredAtAsc(complaintId)) {
			if (referral.getPartyId() != null) {
				parties.add(referral.getPartyId());
				if (referral.isSharePersonalData()) {
					shared.add(referral.getPartyId());
				}
			}
			if (referral.getManager() != null) {
				managers.add(referral.getManager());
			}
		}
		return new Routing(parties, managers, shared);
	}

	Complaint load(UUID id) {
		return this.complaints.findById(id).orElseThrow(() -> ComplaintAccessPolicy.notFound(id));
	}

	Complaint readable(Caller caller, UUID id) {
		Complaint complaint = load(id);
		Routing routing = routing(id);
		this.access.requireRead(caller, complaint, routing.parties(), routing.managers());
		return complaint;
	}

	Complaint handleable(Caller caller, UUID id) {
		Complaint complaint = load(id);
		Routing routing = routing(id);
		this.access.requireHandle(caller, complaint, routing.parties(), routing.managers());
		return complaint;
	}

	void append(Complaint complaint, Instant at, String actor, ComplaintEventView.Kind kind,
			@Nullable ComplaintStep step, @Nullable Instant dueAt, @Nullable String detail) {
		int position = (int) this.events.countByComplaintId(complaint.getId());
		this.events.save(new ComplaintEvent(complaint.getId(), position, at, actor, kind, step, dueAt, detail));
	}

	List<ComplaintEvent> history(UUID complaintId) {
		return this.events.findByComplaintIdOrderByPositionAsc(complaintId);
	}

	ComplaintPolicyVersion policyOf(Complaint complaint) {
		return this.policies.findById(complaint.getPolicyId())
			.orElseThrow(() -> new NotFoundException("Complaints policy", complaint.getPolicyId()));
	}

	/**
	 * @return the calendar version in force when the complaint was received, so an edit
	 * of the calendar never moves a running step clock silently
	 */
	BusinessCalendar calendarOf(ComplaintPolicyVersion policy, Instant receivedAt) {
		return this.calendars.versionAt(policy.getCalendarId(), receivedAt)
			.map((version) -> this.calendars.calendar(policy.getCalendarId(), version))
			.orElseGet(() -> this.calendars.calendar(policy.getCalendarId()));
	}

	Map<ComplaintStep, ClockState> clocks(Complaint complaint, List<ComplaintEvent> history, Instant now) {
		ComplaintPolicyVersion policy = policyOf(complaint);
		return ComplaintClockPolicy.derive(policy.targets(), policy.getWarningPercent(),
				calendarOf(policy, complaint.getReceivedAt()),
				history.stream().map((event) -> event.toView(event.getActor())).toList(), now);
	}

	Set<String> acted(UUID complaintId) {
		return new HashSet<>(this.jdbc.sql("select step, cycle, action from complaint_action where complaint_id = ?")
			.param(complaintId)
			.query((rs, row) -> rs.getString("step") + "/" + rs.getInt("cycle") + "/" + rs.getString("action"))
			.list());
	}

	/**
	 * Re-derives the complaint's clocks and indexes its next instant to act on: the
	 * earliest warning or breach not yet acted on, or the follow-up day.
	 */
	void reindex(Complaint complaint, Instant now) {
		Map<ComplaintStep, ClockState> clocks = clocks(complaint, history(complaint.getId()), now);
		List<ComplaintClockPolicy.Due> pending = ComplaintClockPolicy.pending(clocks, acted(complaint.getId()));
		@Nullable Instant next = pending.isEmpty() ? null : pending.get(0).at();
		if (complaint.getStatus() == ComplaintStatus.RESOLVED && complaint.getFollowUpOn() != null
				&& !this.acted(complaint.getId()).contains("ASSURE/0/FOLLOW_UP")) {
			ComplaintPolicyVersion policy = policyOf(complaint);
			Instant followUp = complaint.getFollowUpOn()
				.atStartOfDay(calendarOf(policy, complaint.getReceivedAt()).zone())
				.toInstant();
			next = (next == null || followUp.isBefore(next)) ? followUp : next;
		}
		complaint.dueNext(next);
	}

	/**
	 * @return the length of one working day of the calendar: its standard week divided by
	 * the days that have working hours
	 */
	static Duration workingDay(BusinessCalendar calendar) {
		long days = calendar.weeklySchedule()
			.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.map(Map.Entry::getKey)
			.distinct()
			.count();
		if (days == 0) {
			return Duration.ZERO;
		}
		return calendar.standardWeeklyWorkingTime().dividedBy(days);
	}

}
