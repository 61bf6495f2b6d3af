package org.servicechain.complaints;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.ContactView;
import org.servicechain.chain.PartyView;
import org.servicechain.chain.CustomerType;
import org.servicechain.complaints.ComplaintAccessPolicy.Caller;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.identity.UserView;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestView;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.NotFoundException;
import org.servicechain.sla.ClockState;

/**
 * Complaints handled by procedure (CMP-1 … CMP-3): receive a complaint, take its five
 * steps, record the customer's answer, refer or escalate it. One transaction per command:
 * the change, its history entry, its audit and its clock index commit together or not at
 * all. Reads are in {@link ComplaintQueries}, the policy in
 * {@link ComplaintPolicyManagement}.
 */
@Service
public class ComplaintManagement {

	static final String ENTITY = "Complaint";

	private final Complaints complaints;

	private final ComplaintRecords records;

	private final ComplaintReferrals referrals;

	private final ComplaintPolicies policies;

	private final ComplaintAccessPolicy access;

	private final ComplaintReferences references;

	private final ChainManagement chain;

	private final RequestQueries requests;

	private final IdentityManagement identity;

	private final ComplaintEvidence evidence;

	private final ComplaintMessages messages;

	private final AuditTrail audit;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	ComplaintManagement(Complaints complaints, ComplaintRecords records, ComplaintReferrals referrals,
			ComplaintPolicies policies, ComplaintAccessPolicy access, ComplaintReferences references,
			ChainManagement chain, RequestQueries requests, IdentityManagement identity, ComplaintEvidence evidence,
			ComplaintMessages messages, AuditTrail audit, ApplicationEventPublisher publisher, Clock clock) {
		this.messages = messages;
		this.complaints = complaints;
		this.records = records;
		this.referrals = referrals;
		this.policies = policies;
		this.access = access;
		this.references = references;
		this.chain = chain;
		this.requests = requests;
		this.identity = identity;
		this.evidence = evidence;
		this.audit = audit;
		this.publisher = publisher;
		this.clock = clock;
	}

	private Instant now() {
		ComplaintImport.Moment moment = ComplaintImport.current();
		return (moment != null) ? moment.at() : Instant.now(this.clock);
	}

	/**
	 * Receives a complaint under the policy in force. One the system receives for a
	 * customer (by mail) is owned by nobody yet, so the desk is told of it, and is raised
	 * under the customer's portal account with the contact's address when there is one,
	 * so they see it in the portal as if they had made it there.
	 * @return the new complaint's id
	 */
	@Transactional
	public UUID receive(NewComplaint details, ComplaintChannel channel) {
		Caller caller = this.access.caller();
		this.access.requireComplainFor(caller, details.complainant());
		PartyView complainant = complainant(details.complainant());
		@Nullable UUID serviceId = details.serviceId();
		@Nullable UUID responsible = details.responsiblePartyId();
		if (details.requestId() != null) {
			RequestView request;
			try {
				request = this.requests.request(details.requestId());
			}
			catch (NotFoundException ex) {
				throw new ComplaintRuleException("requestId", "exists", "No such request");
			}
			if (!request.requesterId().equals(details.complainant())) {
				throw new ComplaintRuleException("requestId", "same-customer",
						"The request was raised by another customer than the complainant");
			}
			serviceId = (serviceId == null) ? request.serviceId() : serviceId;
			// The team that delivers the request is responsible until the analysis says
			// otherwise, whoever raised the complaint: a customer's complaint must reach
			// it.
			responsible = (responsible == null) ? request.teamId() : responsible;
		}
		if (serviceId != null && this.chain.nameOf(serviceId).isEmpty()) {
			throw new ComplaintRuleException("serviceId", "exists", "No such service");
		}
		if (responsible != null && this.chain.partyName(responsible).isEmpty()) {
			throw new ComplaintRuleException("responsiblePartyId", "exists", "No such party");
		}
		if (!caller.staff() && (details.responsiblePartyId() != null || details.owner() != null)) {
			throw new ComplaintRuleException("responsiblePartyId", "staff-only",
					"Staff decide who is responsible and who owns a complaint");
		}
		if (details.owner() != null && !details.owner().isBlank() && !this.identity.existsUser(details.owner())) {
			throw new ComplaintRuleException("owner", "exists", "No such user");
		}
		ComplaintPolicyVersion policy = this.policies.findTopByOrderByNumberDesc()
			.orElseThrow(() -> new ComplaintRuleException("policy", "exists",
					"No complaints policy has been set: a manager sets one under Complaints → Policy"));
		NewComplaint withResponsible = new NewComplaint(details.complainant(), details.requestId(), serviceId,
				responsible, details.category(), details.severity(), details.wants(), details.wantedRemedy(),
				details.goodsDeliveredOn(), details.summary(), details.description(), details.contactName(),
				details.contactEmail(), details.contactPhone(), details.communicationNeeds(),
				(details.owner() == null && caller.staff() && !SystemActor.is(caller.username())) ? caller.username()
						: details.owner());
		boolean person = !complainant.internal() && complainant.customerType() == CustomerType.PERSON;
		String raisedBy = caller.username();
		if (SystemActor.is(raisedBy) && details.contactEmail() != null) {
			raisedBy = portalUser(details.complainant(), details.contactEmail()).orElse(raisedBy);
		}
		Complaint complaint = new Complaint(this.references.next(), policy.getId(), withResponsible,
				complainant.internal(), person, serviceId, channel, raisedBy, now());
		this.complaints.save(complaint);
		this.records.append(complaint, complaint.getReceivedAt(), caller.username(), ComplaintEventView.Kind.RECEIVED,
				null, null, complaint.getSummary());
		this.records.reindex(complaint, now());
		this.complaints.saveAndFlush(complaint);
		this.audit.created(ENTITY, complaint);
		this.publisher.publishEvent(new ComplaintReceived(complaint.getId(), complaint.reference(),
				complaint.getComplainantId(), complaint.isComplainantInternal()));
		return complaint.getId();
	}

	/**
	 * @return the enabled customer account of the party with that e-mail address, when
	 * exactly one has it
	 */
	private Optional<String> portalUser(UUID partyId, String email) {
		List<String> found = this.identity.users()
			.stream()
			.filter((user) -> user.enabled() && user.role() == Role.CUSTOMER && partyId.equals(user.partyId())
					&& email.equalsIgnoreCase(user.email()))
			.map(UserView::username)
			.toList();
		return (found.size() == 1) ? Optional.of(found.get(0)) : Optional.empty();
	}

	/**
	 * Records what the customer wrote about their complaint after making it (a reply by
	 * mail, which mail in hands over as the system), tells whoever handles it, and audits
	 * it. The author must be a contact of the complainant: a stranger's words are not the
	 * customer's. The complaint's steps and clocks are not changed.
	 * @param contactId the complainant's contact who wrote
	 * @param text what they wrote
	 * @return the message's id
	 */
	@Transactional
	public UUID customerWrote(UUID id, UUID contactId, String text, ComplaintChannel channel) {
		Caller caller = this.access.caller();
		Complaint complaint = this.records.handleable(caller, id);
		ContactView contact;
		try {
			contact = this.chain.contact(contactId);
		}
		catch (NotFoundException ex) {
			throw new ComplaintRuleException("contactId", "exists", "No such contact");
		}
		if (!contact.partyId().equals(complaint.getComplainantId())) {
			throw new ComplaintRuleException("contactId", "complainant-contact", contact.name()
					+ " is not a contact of the complainant of " + complaint.reference() + ": only they write on it");
		}
		if (text.isBlank()) {
			throw new ComplaintRuleException("text", "not-blank", "The message has no text");
		}
		ComplaintMessage message = new ComplaintMessage(complaint.getId(), contact.id(), contact.name(), text.strip(),
				channel, now(), caller.username());
		this.messages.save(message);
		this.audit.record(ENTITY, complaint.getId(), complaint.getVersion(), "customer-message",
				List.of(new AuditEntryView.FieldChange("message", null, "message " + message.getId() + " from contact "
						+ contact.id() + " by " + channel.label().toLowerCase(Locale.ROOT))));
		this.publisher.publishEvent(new ComplaintCustomerWrote(complaint.getId(), complaint.reference(),
				complaint.getComplainantId(), message.getId()));
		return message.getId();
	}

	private PartyView complainant(UUID partyId) {
		String name = this.chain.partyName(partyId)
			.orElseThrow(() -> new ComplaintRuleException("complainant", "exists", "No such customer"));
		PartyView party = this.chain.party(partyId);
		if (!party.customer()) {
			throw new ComplaintRuleException("complainant", "customer",
					name + " is not a customer: complaints come from customers, internal or external");
		}
		return party;
	}

	/**
	 * Acknowledges the complaint with a message to the customer: the one given, or the
	 * policy's template filled in.
	 */
	@Transactional
	public void acknowledge(UUID id, long version, ComplaintCommands.Acknowledgement command) {
		step(id, version, (caller, complaint) -> {
			String message = (command.message() == null || command.message().isBlank()) ? acknowledgementFor(complaint)
					: command.message().strip();
			complaint.acknowledge(message, caller.username(), now());
			done(complaint, caller, ComplaintStep.ACKNOWLEDGE, message);
			this.publisher.publishEvent(new ComplaintAcknowledged(complaint.getId(), complaint.reference(),
					complaint.getComplainantId(), message));
		});
	}

	/**
	 * @return the policy's acknowledgement template filled in for the complaint
	 */
	String acknowledgementFor(Complaint complaint) {
		ComplaintPolicyVersion policy = this.records.policyOf(complaint);
		ClockState act = this.records.clocks(complaint, this.records.history(complaint.getId()), now())
			.get(ComplaintStep.ACT);
		ZoneId zone = this.records.calendarOf(policy, complaint.getReceivedAt()).zone();
		String finalDue = (act.dueAt() != null) ? ComplaintViews.DAY.format(act.dueAt().atZone(zone)) : "";
		String customer = (complaint.getContactName() != null) ? complaint.getContactName()
				: this.chain.partyName(complaint.getComplainantId()).orElse("");
		return policy.getAcknowledgeTemplate()
			.replace("{customer}", customer)
			.replace("{reference}", complaint.reference())
			.replace("{finalDue}", finalDue)
			.replace("{summary}", complaint.getSummary());
	}

	@Transactional
	public void apologise(UUID id, long version, ComplaintCommands.Apology command) {
		step(id, version, (caller, complaint) -> {
			complaint.apologise(command.wording().strip(), caller.username(), now());
			done(complaint, caller, ComplaintStep.APOLOGISE, command.wording().strip());
		});
	}

	/**
	 * Records the analysis: root cause, the link in the chain responsible, and, when the
	 * complaint is about a request, the request's clock ledger as evidence.
	 */
	@Transactional
	public void analyse(UUID id, long version, ComplaintCommands.Analysis command) {
		step(id, version, (caller, complaint) -> {
			if (command.responsiblePartyId() != null && this.chain.partyName(command.responsiblePartyId()).isEmpty()) {
				throw new ComplaintRuleException("responsiblePartyId", "exists", "No such party");
			}
			@Nullable String ledger = (complaint.getRequestId() != null) ? this.evidence.ledgerOf(complaint.getRequestId())
					: null;
			complaint.analyse(
					command.rootCause().strip(), command.causeCategory().strip(), (command.responsiblePartyId() != null)
							? command.responsiblePartyId() : complaint.getResponsiblePartyId(),
					ledger, caller.username(), now());
			done(complaint, caller, ComplaintStep.ANALYSE, command.rootCause().strip());
		});
	}

	/**
	 * Proposes the remedy. A remedy above the handler's discretion needs an approver
	 * whose recorded authority covers it ({@link RemedyAuthorityPolicy}).
	 */
	@Transactional
	public void act(UUID id, long version, ComplaintCommands.Action command) {
		step(id, version, (caller, complaint) -> {
			ComplaintPolicyVersion policy = this.records.policyOf(complaint);
			RemedyAuthorityPolicy.@Nullable Authority approver = null;
			if (command.approverContactId() != null) {
				ContactView contact;
				try {
					contact = this.chain.contact(command.approverContactId());
				}
				catch (NotFoundException ex) {
					throw new ComplaintRuleException("approverContactId", "exists", "No such contact");
				}
				approver = new RemedyAuthorityPolicy.Authority(contact.name(), contact.canApproveSpend(),
						contact.spendLimit(), contact.escalationLevel());
			}
			BigDecimal value = command.value();
			Optional<String> refusal = RemedyAuthorityPolicy.refusal(policy.limits(), value, approver);
			if (refusal.isPresent()) {
				throw new ComplaintRuleException((approver == null) ? "value" : "approverContactId", "authority",
						refusal.get());
			}
			String text = command.remedy().label() + ", " + RemedyAuthorityPolicy.money(value) + ": "
					+ command.description().strip();
			complaint.act(command.remedy(), value, command.description().strip(),
					Complaint.blankToNull(command.actionsRaised()), command.approverContactId(), caller.username(),
					now());
			done(complaint, caller, ComplaintStep.ACT, text);
			this.publisher.publishEvent(new ComplaintResolutionProposed(complaint.getId(), complaint.reference(),
					complaint.getComplainantId()));
		});
	}

	/**
	 * The customer accepts or rejects the proposed resolution (in the portal; staff may
	 * record an answer given by phone). A rejection sends the complaint back to act
	 * again, its final response clock counting on.
	 */
	@Transactional
	public void answer(UUID id, long version, ComplaintCommands.Answer command) {
		Caller caller = this.access.caller();
		Complaint complaint = this.records.load(id);
		ComplaintRecords.Routing routing = this.records.routing(id);
		this.access.requireRespond(caller, complaint, routing.parties(), routing.managers());
		this.audit.checkVersion(ENTITY, complaint, version);
		Map<String, String> before = complaint.auditSnapshot();
		complaint.respond(command.accepted(), command.comment(), now());
		this.records.append(complaint, now(), caller.username(),
				command.accepted() ? ComplaintEventView.Kind.RESOLUTION_ACCEPTED
						: ComplaintEventView.Kind.RESOLUTION_REJECTED,
				command.accepted() ? ComplaintStep.ASSURE : ComplaintStep.ACT, null, command.comment());
		finish(complaint, before);
	}

	/**
	 * Confirms with the customer that it is resolved and sets when to follow up.
	 */
	@Transactional
	public void assure(UUID id, long version, ComplaintCommands.Assurance command) {
		step(id, version, (caller, complaint) -> {
			ComplaintPolicyVersion policy = this.records.policyOf(complaint);
			ZoneId zone = this.records.calendarOf(policy, complaint.getReceivedAt()).zone();
			LocalDate today = LocalDate.ofInstant(now(), zone);
			LocalDate followUp = (command.followUpOn() != null) ? command.followUpOn()
					: today.plusDays(policy.getFollowUpDays());
			if (!followUp.isAfter(today)) {
				throw new ComplaintRuleException("followUpOn", "future", "The follow-up must be after today");
			}
			complaint.assure(command.note().strip(), followUp, caller.username(), now());
			done(complaint, caller, ComplaintStep.ASSURE, command.note().strip() + " (follow up on " + followUp + ")");
			this.publisher.publishEvent(
					new ComplaintResolved(complaint.getId(), complaint.reference(), complaint.getComplainantId()));
		});
	}

	/**
	 * The follow-up: it stayed resolved; the complaint is closed.
	 */
	@Transactional
	public void followUp(UUID id, long version, ComplaintCommands.FollowUp command) {
		step(id, version, (caller, complaint) -> {
			complaint.followUp(now());
			this.records.append(complaint, now(), caller.username(), ComplaintEventView.Kind.FOLLOWED_UP, null, null,
					command.note().strip());
		});
	}

	/**
	 * Refers or escalates the complaint (CMP-3; 328 9.1c): to another team or a partner,
	 * whose members then see it, or a manager, who then owns it, with a reason and a new
	 * due time for the step now due, within the final response deadline; or outside, to
	 * the ombudsman, with the last day the customer may go there, which they must be told
	 * of.
	 */
	@Transactional
	public void refer(UUID id, long version, ComplaintCommands.Referral command) {
		new ComplaintReferring(this, this.records, this.referrals, this.chain, this.identity, this.publisher).refer(id,
				version, command);
	}

	interface StepAction {

		void take(Caller caller, Complaint complaint);

	}

	void step(UUID id, long version, StepAction action) {
		Caller caller = this.access.caller();
		Complaint complaint = this.records.handleable(caller, id);
		this.audit.checkVersion(ENTITY, complaint, version);
		Map<String, String> before = complaint.auditSnapshot();
		if (complaint.getOwner() == null && caller.staff()) {
			// Whoever takes the first step of a complaint nobody owns yet owns it.
			complaint.assignOwner(caller.username());
		}
		action.take(caller, complaint);
		finish(complaint, before);
	}

	void finish(Complaint complaint, Map<String, String> before) {
		this.records.reindex(complaint, now());
		this.complaints.saveAndFlush(complaint);
		this.audit.updated(ENTITY, before, complaint);
	}

	private void done(Complaint complaint, Caller caller, ComplaintStep step, String detail) {
		this.records.append(complaint, now(), caller.username(), ComplaintEventView.Kind.STEP_DONE, step, null, detail);
	}

	long versionOf(UUID id) {
		return this.records.load(id).getVersion();
	}

	Instant clockNow() {
		return now();
	}

	ComplaintAccessPolicy access() {
		return this.access;
	}

	AuditTrail audit() {
		return this.audit;
	}

}
