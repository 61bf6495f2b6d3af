package org.servicechain.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.servicechain.chain.ChainManagement;
import org.servicechain.complaints.ComplaintAccessPolicy.Caller;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.requests.RequestQueries;
import org.servicechain.sla.ClockState;

/**
 * Turns complaints into what the caller may see (a read model: the facade stays small).
 * Names come from the chain and identity by id; outsiders see display names only, and a
 * partner sees no personal data unless a referral to them shared it.
 */
@Component
class ComplaintViews {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

	static final String NOT_SHARED = "A customer (personal data not shared)";

	private final ComplaintRecords records;

	private final ComplaintReferrals referrals;

	private final Complaints complaints;

	private final ComplaintAccessPolicy access;

	private final ChainManagement chain;

	private final IdentityManagement identity;

	private final RequestQueries requests;

	private final ComplaintMessages messages;

	ComplaintViews(ComplaintRecords records, ComplaintReferrals referrals, Complaints complaints,
			ComplaintAccessPolicy access, ChainManagement chain, IdentityManagement identity, RequestQueries requests,
			ComplaintMessages messages) {
		this.messages = messages;
		this.records = records;
		this.referrals = referrals;
		this.complaints = complaints;
		this.access = access;
		this.chain = chain;
		this.identity = identity;
		this.requests = requests;
	}

	/**
	 * Names looked up once per view or page.
	 */
	final class Names {

		private final Map<UUID, String> parties = new HashMap<>();

		private final Map<String, String> people = new HashMap<>();

		@Nullable String of(@Nullable UUID id) {
			if (id == null) {
				return null;
			}
			return this.parties.computeIfAbsent(id, (key) -> ComplaintViews.this.chain.nameOf(key).orElse("(removed)"));
		}

		@Nullable String person(@Nullable String username) {
			if (username == null) {
				return null;
			}
			return this.people.computeIfAbsent(username,
					(key) -> ComplaintViews.this.identity.displayNameOf(key).orElse("(former user)"));
		}

	}

	Names names() {
		return new Names();
	}

	ComplaintView view(Caller caller, Complaint complaint, List<ComplaintSimilar> similar, Instant now) {
		Names names = names();
		ComplaintRecords.Routing routing = this.records.routing(complaint.getId());
		boolean shared = caller.partyId() != null && routing.sharedWith().contains(caller.partyId());
		boolean personal = this.access.seesPersonalData(caller, shared) || !complaint.isComplainantPerson();
		boolean internal = this.access.seesInternal(caller);
		ComplaintPolicyVersion policy = this.records.policyOf(complaint);
		org.servicechain.calendar.BusinessCalendar calendar = this.records.calendarOf(policy,
				complaint.getReceivedAt());
		ZoneId zone = calendar.zone();
		List<ComplaintEvent> history = this.records.history(complaint.getId());
		Map<ComplaintStep, ClockState> clocks = this.records.clocks(complaint, history, now);
		List<StepView> steps = new ArrayList<>();
		for (ComplaintStep step : ComplaintStep.values()) {
			steps.add(step(step, clocks.get(step), dueOf(clocks.get(step), calendar), complaint, names, internal,
					personal));
		}
		@Nullable String requestReference = null;
		if (complaint.getRequestId() != null) {
			requestReference = this.requests.clockSubject(complaint.getRequestId())
				.map(org.servicechain.requests.ClockSubject::reference)
				.orElse(null);
		}
		ConsumerRightsPolicy.Rights rights = ConsumerRightsPolicy.rights(
				complaint.isComplainantPerson() && !complaint.isComplainantInternal(), complaint.getGoodsDeliveredOn(),
				LocalDate.ofInstant(complaint.getReceivedAt(), zone));
		List<ReferralView> referralViews = internal ? this.referrals
			.findByComplaintIdOrderByReferredAtAsc(complaint.getId())
			.stream()
			.map((referral) -> referral.toView(names.of(referral.getPartyId()), names.person(referral.getManager()),
					String.valueOf(names.person(referral.getReferredByName()))))
			.toList() : List.of();
		// The customer's messages are their words: shown to whoever sees the
		// complainant's
		// personal data.
		List<ComplaintMessageView> messageViews = personal
				? this.messages.findByComplaintIdOrderByWrittenAtAscIdAsc(complaint.getId())
					.stream()
					.map(ComplaintMessage::toView)
					.toList()
				: List.of();
		List<ComplaintEventView> events = internal ? timeline(history, messageViews, names) : List.of();
		boolean canHandle = this.access.canHandle(caller, complaint, routing.parties(), routing.managers());
		boolean canAnswer = complaint.getStatus() == ComplaintStatus.RESOLUTION_PROPOSED
				&& (caller.customer() || canHandle);
		return new ComplaintView(complaint.getId(), complaint.getVersion(), complaint.reference(),
				complaint.getStatus(), complaint.getSummary(), personal ? complaint.getDescription() : null, personal,
				personal ? String.valueOf(names.of(complaint.getComplainantId())) : NOT_SHARED,
				complaint.getComplainantId(), complaint.isComplainantInternal(),
				personal ? complaint.getContactName() : null, personal ? complaint.getContactEmail() : null,
				personal ? complaint.getContactPhone() : null, complaint.getCommunicationNeeds(),
				complaint.getRequestId(), requestReference, complaint.getServiceId(),
				names.of(complaint.getServiceId()), internal ? complaint.getResponsiblePartyId() : null,
				internal ? names.of(complaint.getResponsiblePartyId()) : null, complaint.getCategory(),
				complaint.getSeverity(), complaint.getWants(), complaint.getWantedRemedy(),
				complaint.getGoodsDeliveredOn(), complaint.getChannel(), internal ? complaint.getOwner() : null,
				names.person(complaint.getOwner()), complaint.getReceivedAt(), policy.getNumber(),
				dueOf(clocks.get(ComplaintStep.ACT), calendar), steps, complaint.getAcknowledgement(),
				complaint.getApology(), complaint.getRemedy(), complaint.getRemedyValue(),
				complaint.getRemedyDescription(), complaint.getCustomerResponse(), complaint.getCustomerComment(),
				complaint.getFollowUpOn(), complaint.getClosedAt(), complaint.getReferOutDeadline(),
				(complaint.getReferOutDeadline() != null) ? policy.getOmbudsmanName() : null, rights, referralViews,
				events,
				internal ? similar.stream().map((other) -> summary(other.complaint(), names, caller, now)).toList()
						: List.of(),
				internal ? this.complaints.countByComplainantId(complaint.getComplainantId()) : 0, canHandle, canAnswer,
				messageViews);
	}

	/**
	 * @return the history with the customer's messages among its entries, by time
	 */
	private static List<ComplaintEventView> timeline(List<ComplaintEvent> history, List<ComplaintMessageView> messages,
			Names names) {
		List<ComplaintEventView> events = new ArrayList<>(
				history.stream().map((event) -> event.toView(String.valueOf(names.person(event.getActor())))).toList());
		for (ComplaintMessageView message : messages) {
			int at = events.size();
			while (at > 0 && events.get(at - 1).at().isAfter(message.at())) {
				at--;
			}
			events.add(at,
					new ComplaintEventView(message.at(), message.author(), ComplaintEventView.Kind.CUSTOMER_MESSAGE,
							null, null,
							"by " + message.channel().label().toLowerCase(Locale.ROOT) + ": " + message.text()));
		}
		return events;
	}

	record ComplaintSimilar(Complaint complaint) {

	}

	/**
	 * @return when the step is or was due: the clock's due time, or for a step done in
	 * time the instant its target would have run out
	 */
	private static @Nullable Instant dueOf(ClockState clock, org.servicechain.calendar.BusinessCalendar calendar) {
		if (clock.dueAt() != null || clock.startedAt() == null) {
			return clock.dueAt();
		}
		try {
			return calendar.addWorkingTime(clock.startedAt(), clock.target());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private StepView step(ComplaintStep step, ClockState clock, @Nullable Instant dueAt, Complaint complaint,
			Names names, boolean internal, boolean personal) {
		Map<String, String> details = new LinkedHashMap<>();
		@Nullable Instant doneAt = null;
		@Nullable String doneBy = null;
		switch (step) {
			case ACKNOWLEDGE -> {
				doneAt = complaint.getAcknowledgedAt();
				doneBy = complaint.getAcknowledgedBy();
				put(details, "Message to the customer", complaint.getAcknowledgement());
			}
			case APOLOGISE -> {
				doneAt = complaint.getApologisedAt();
				doneBy = complaint.getApologisedBy();
				put(details, "Apology", complaint.getApology());
			}
			case ANALYSE -> {
				doneAt = complaint.getAnalysedAt();
				doneBy = complaint.getAnalysedBy();
				if (internal) {
					put(details, "Root cause", complaint.getRootCause());
					put(details, "Cause", complaint.getCauseCategory());
					put(details, "Responsible link", names.of(complaint.getResponsiblePartyId()));
					put(details, "Evidence: the request's clock ledger", complaint.getEvidence());
				}
			}
			case ACT -> {
				doneAt = complaint.getActedAt();
				doneBy = complaint.getActedBy();
				if (complaint.getRemedy() != null) {
					put(details, "Remedy", complaint.getRemedy().label());
					put(details, "Value", (complaint.getRemedyValue() != null)
							? RemedyAuthorityPolicy.money(complaint.getRemedyValue()) : null);
					put(details, "What we will do", complaint.getRemedyDescription());
				}
				if (internal) {
					put(details, "Actions raised", complaint.getActionsRaised());
					put(details, "Approved by", names.of(complaint.getApproverContactId()));
				}
				put(details, "Customer's answer",
						(complaint.getCustomerResponse() != null) ? complaint.getCustomerResponse().toLowerCase()
								+ (complaint.getCustomerComment() != null ? ": " + complaint.getCustomerComment() : "")
								: null);
			}
			case ASSURE -> {
				doneAt = complaint.getAssuredAt();
				doneBy = complaint.getAssuredBy();
				put(details, "Confirmed", complaint.getAssurance());
				put(details, "Follow up on",
						(complaint.getFollowUpOn() != null) ? complaint.getFollowUpOn().toString() : null);
			}
		}
		boolean current = complaint.getStatus().nextStep() == step;
		return new StepView(step, step.label(), clock.tone(), clock.label(), dueAt, doneAt,
				internal || doneBy == null ? names.person(doneBy) : "Customer service", details, current);
	}

	private static void put(Map<String, String> details, String label, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			details.put(label, value);
		}
	}

	ComplaintSummary summary(Complaint complaint, Names names, Caller caller, Instant now) {
		boolean personal = this.access.seesPersonalData(caller, false) || !complaint.isComplainantPerson()
				|| sharedWith(complaint, caller);
		Map<ComplaintStep, ClockState> clocks = complaint.getStatus().open()
				? this.records.clocks(complaint, this.records.history(complaint.getId()), now) : Map.of();
		boolean overdue = clocks.values()
			.stream()
			.anyMatch((clock) -> clock.breached() && clock.state() == ClockState.State.RUNNING);
		// What the register shows as next due is the step now due (an overdue one's past
		// due time included), not the sweep's next look at the complaint.
		Instant stepDue = clocks.values()
			.stream()
			.filter((clock) -> clock.state() == ClockState.State.RUNNING && clock.dueAt() != null)
			.map(ClockState::dueAt)
			.min(Instant::compareTo)
			.orElse(complaint.getStatus().open() ? complaint.getNextDueAt() : null);
		boolean internal = this.access.seesInternal(caller);
		return new ComplaintSummary(complaint.getId(), complaint.reference(), complaint.getSummary(),
				personal ? String.valueOf(names.of(complaint.getComplainantId())) : NOT_SHARED,
				complaint.isComplainantInternal(), names.of(complaint.getServiceId()),
				internal ? names.of(complaint.getResponsiblePartyId()) : null, complaint.getCategory(),
				internal ? complaint.getCauseCategory() : null, complaint.getSeverity(), complaint.getStatus(),
				complaint.getReceivedAt(), stepDue,
				Optional.ofNullable(complaint.getAssuredAt()).orElse(complaint.getClosedAt()),
				complaint.getReferralCount() > 0, complaint.getReferOutDeadline() != null,
				complaint.getCommunicationNeeds() != null,
				internal ? this.complaints.countByComplainantId(complaint.getComplainantId()) : 0, overdue,
				complaint.getRemedy(), complaint.getRemedyValue());
	}

	private boolean sharedWith(Complaint complaint, Caller caller) {
		return caller.partyId() != null
				&& this.records.routing(complaint.getId()).sharedWith().contains(caller.partyId());
	}

}
