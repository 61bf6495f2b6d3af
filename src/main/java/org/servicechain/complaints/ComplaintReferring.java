package org.servicechain.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyView;
import org.servicechain.complaints.ComplaintAccessPolicy.Caller;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.identity.StaffMember;
import org.servicechain.sla.ClockState;

/**
 * Referring or escalating one complaint (CMP-3; 328 9.1c), with the rules: a team or a
 * partner must be a party of that kind; a manager must hold the manager or administrator
 * role; a new due time must lie after now and within the final response deadline; an
 * outside referral tells the customer the last day they may go to the ombudsman.
 */
class ComplaintReferring {

	private final ComplaintManagement management;

	private final ComplaintRecords records;

	private final ComplaintReferrals referrals;

	private final ChainManagement chain;

	private final IdentityManagement identity;

	private final ApplicationEventPublisher publisher;

	ComplaintReferring(ComplaintManagement management, ComplaintRecords records, ComplaintReferrals referrals,
			ChainManagement chain, IdentityManagement identity, ApplicationEventPublisher publisher) {
		this.management = management;
		this.records = records;
		this.referrals = referrals;
		this.chain = chain;
		this.identity = identity;
		this.publisher = publisher;
	}

	void refer(UUID id, long version, ComplaintCommands.Referral command) {
		Caller caller = this.management.access().caller();
		Complaint complaint = this.records.handleable(caller, id);
		this.management.audit().checkVersion(ComplaintManagement.ENTITY, complaint, version);
		Map<String, String> before = complaint.auditSnapshot();
		Instant now = this.management.clockNow();
		ComplaintPolicyVersion policy = this.records.policyOf(complaint);
		ZoneId zone = this.records.calendarOf(policy, complaint.getReceivedAt()).zone();
		String reason = command.reason().strip();
		@Nullable UUID partyId = null;
		@Nullable String manager = null;
		@Nullable LocalDate customerDeadline = null;
		@Nullable Instant newDueAt = command.newDueAt();
		@Nullable ComplaintStep step = complaint.getStatus().nextStep();
		switch (command.target()) {
			case TEAM, PARTNER -> {
				if (command.partyId() == null) {
					throw new ComplaintRuleException("partyId", "required", "Choose the team or partner");
				}
				PartyView party;
				try {
					party = this.chain.party(command.partyId());
				}
				catch (org.servicechain.shared.NotFoundException ex) {
					throw new ComplaintRuleException("partyId", "exists", "No such party");
				}
				boolean team = party.internal() && party.kind() != PartyKind.CUSTOMER;
				boolean partner = !party.internal() && party.kind() != PartyKind.CUSTOMER;
				if (command.target() == ReferralTarget.TEAM ? !team : !partner) {
					throw new ComplaintRuleException("partyId",
							command.target() == ReferralTarget.TEAM ? "team" : "partner",
							party.name() + " is not " + (command.target() == ReferralTarget.TEAM ? "one of our teams"
									: "a partner of the chain"));
				}
				partyId = party.id();
			}
			case MANAGER -> {
				String login = (command.manager() == null) ? "" : command.manager().strip();
				StaffMember member = this.identity.staffDirectory()
					.stream()
					.filter((candidate) -> candidate.username().equals(login))
					.findFirst()
					.orElseThrow(() -> new ComplaintRuleException("manager", "exists", "No such staff member"));
				if (member.role() != Role.MANAGER && member.role() != Role.ADMIN) {
					throw new ComplaintRuleException("manager", "manager", member.displayName() + " is not a manager");
				}
				manager = member.username();
			}
			case OMBUDSMAN -> {
				customerDeadline = LocalDate.ofInstant(now, zone).plusMonths(policy.getOmbudsmanMonths());
				newDueAt = null;
				step = null;
			}
		}
		if (newDueAt != null) {
			if (step == null) {
				throw new ComplaintRuleException("newDueAt", "no-step",
						"No step is due now (the complaint waits on the customer or is resolved)");
			}
			if (!newDueAt.isAfter(now)) {
				throw new ComplaintRuleException("newDueAt", "future", "The new due time must be in the future");
			}
			ClockState finalResponse = this.records.clocks(complaint, this.records.history(id), now)
				.get(ComplaintStep.ACT);
			if (step != ComplaintStep.ASSURE && finalResponse.dueAt() != null
					&& newDueAt.isAfter(finalResponse.dueAt())) {
				throw new ComplaintRuleException("newDueAt", "within-timescale",
						"The new due time must be within the agreed timescale: the final response is due "
								+ ComplaintViews.WHEN.format(finalResponse.dueAt().atZone(zone)));
			}
		}
		if (command.target() == ReferralTarget.OMBUDSMAN) {
			complaint.referOut(customerDeadline, now);
		}
		else {
			complaint.referTo(manager);
		}
		this.referrals.save(new ComplaintReferral(id, now, caller.username(), command.target(), partyId, manager,
				(newDueAt != null) ? step : null, reason, newDueAt, customerDeadline,
				command.target() == ReferralTarget.PARTNER && command.shared()));
		String to = switch (command.target()) {
			case TEAM, PARTNER -> this.chain.partyName(partyId).orElse("");
			case MANAGER -> this.identity.displayNameOf(manager).orElse(manager);
			case OMBUDSMAN -> policy.getOmbudsmanName() + ", the customer may go there until " + customerDeadline;
		};
		this.records.append(complaint, now, caller.username(),
				command.target() == ReferralTarget.OMBUDSMAN ? ComplaintEventView.Kind.REFERRED_OUT
						: ComplaintEventView.Kind.REFERRED,
				(newDueAt != null) ? step : null, newDueAt, to + ": " + reason);
		this.management.finish(complaint, before);
		this.publisher.publishEvent(new ComplaintReferred(id, complaint.reference(), command.target(), partyId, manager,
				newDueAt, customerDeadline));
	}

}
