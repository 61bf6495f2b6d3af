package org.servicechain.complaints;

import java.util.Collection;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.shared.NotFoundException;

/**
 * The one place that decides who may see and act on complaints (CMP-1, CMP-3; REC-4).
 * Every read path asks it: pages, the API, the register and its counts, the export, the
 * reports, the portals. A complaint the caller may not see answers "not found", exactly
 * like one that does not exist.
 * <ul>
 * <li>Administrators, managers and agents see and handle every complaint.</li>
 * <li>An internal team member sees and handles the complaints their team made, is held
 * responsible for, or had referred to it.</li>
 * <li>A customer sees the complaints of their own party that they made; all of their
 * party's when the party is a person. They see what was said to them, never internal
 * notes, evidence or referrals inside the chain.</li>
 * <li>A partner user sees only complaints referred to their party, and the complainant's
 * personal data (name, contact details, the complaint in their words) only when a
 * referral to them shared it.</li>
 * </ul>
 * Only administrators and managers change the complaints policy.
 */
@Component
public class ComplaintAccessPolicy {

	record Caller(CurrentUser user, @Nullable String actingAs) {

		Caller(CurrentUser user) {
			this(user, null);
		}

		/**
		 * @return who the step is recorded under: the signed-in user, or the person an
		 * administrator's import names
		 */
		String username() {
			return (this.actingAs != null) ? this.actingAs : this.user.getUsername();
		}

		boolean fullStaff() {
			return this.user.hasRole(Role.ADMIN, Role.MANAGER, Role.AGENT);
		}

		boolean teamMember() {
			return this.user.hasRole(Role.TEAM_MEMBER);
		}

		boolean staff() {
			return this.user.isStaff();
		}

		boolean customer() {
			return this.user.hasRole(Role.CUSTOMER);
		}

		boolean partner() {
			return this.user.hasRole(Role.PARTNER);
		}

		boolean manager() {
			return this.user.hasRole(Role.ADMIN, Role.MANAGER);
		}

		@Nullable UUID partyId() {
			return this.user.partyId();
		}

		boolean ofParty(@Nullable UUID partyId) {
			return partyId != null && partyId.equals(this.user.partyId());
		}

	}

	Caller caller() {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		ComplaintImport.Moment moment = ComplaintImport.current();
		if (moment != null && user.hasRole(Role.ADMIN)) {
			return new Caller(user, moment.actor());
		}
		return new Caller(user);
	}

	/**
	 * @param referredTo the parties the complaint was referred to
	 * @param escalatedTo the managers it was escalated to
	 */
	boolean canRead(Caller caller, Complaint complaint, Collection<UUID> referredTo, Collection<String> escalatedTo) {
		if (caller.fullStaff()) {
			return true;
		}
		if (caller.teamMember()) {
			return caller.ofParty(complaint.getComplainantId()) || caller.ofParty(complaint.getResponsiblePartyId())
					|| referredTo.contains(caller.partyId()) || escalatedTo.contains(caller.username());
		}
		if (caller.customer()) {
			return caller.ofParty(complaint.getComplainantId())
					&& (complaint.isComplainantPerson() || complaint.getRaisedBy().equals(caller.username()));
		}
		if (caller.partner()) {
			return caller.partyId() != null && referredTo.contains(caller.partyId());
		}
		return false;
	}

	void requireRead(Caller caller, Complaint complaint, Collection<UUID> referredTo, Collection<String> escalatedTo) {
		if (!canRead(caller, complaint, referredTo, escalatedTo)) {
			throw notFound(complaint.getId());
		}
	}

	/**
	 * @return whether the caller handles the complaint: takes its steps, refers it.
	 */
	boolean canHandle(Caller caller, Complaint complaint, Collection<UUID> referredTo, Collection<String> escalatedTo) {
		return caller.fullStaff() || (caller.teamMember() && canRead(caller, complaint, referredTo, escalatedTo));
	}

	void requireHandle(Caller caller, Complaint complaint, Collection<UUID> referredTo,
			Collection<String> escalatedTo) {
		requireRead(caller, complaint, referredTo, escalatedTo);
		if (!canHandle(caller, complaint, referredTo, escalatedTo)) {
			throw new AccessDeniedException("Only staff handle complaints");
		}
	}

	/**
	 * @return whether the caller reads the inside of the handling: evidence, referrals,
	 * history, audit.
	 */
	boolean seesInternal(Caller caller) {
		return caller.staff();
	}

	/**
	 * @param sharedWithCaller whether a referral to the caller's party shared the
	 * complainant's personal data
	 */
	boolean seesPersonalData(Caller caller, boolean sharedWithCaller) {
		return caller.staff() || caller.customer() || sharedWithCaller;
	}

	/**
	 * Staff enter complaints for any customer; a customer only for their own party.
	 */
	void requireComplainFor(Caller caller, UUID complainantId) {
		if (caller.staff()) {
			return;
		}
		if (!caller.customer() || !caller.ofParty(complainantId)) {
			throw new AccessDeniedException("Customers complain for their own organisation only");
		}
	}

	/**
	 * The customer answers the proposed resolution; staff may record the answer given by
	 * phone or letter.
	 */
	void requireRespond(Caller caller, Complaint complaint, Collection<UUID> referredTo,
			Collection<String> escalatedTo) {
		requireRead(caller, complaint, referredTo, escalatedTo);
		if (!caller.customer() && !canHandle(caller, complaint, referredTo, escalatedTo)) {
			throw new AccessDeniedException("Only the customer or the complaint's handlers record the answer");
		}
	}

	void requireManagePolicy(Caller caller) {
		if (!caller.manager()) {
			throw new AccessDeniedException("Only administrators and managers change the complaints policy");
		}
	}

	void requireStaff(Caller caller) {
		if (!caller.staff()) {
			throw new AccessDeniedException("Staff only");
		}
	}

	static NotFoundException notFound(UUID id) {
		return new NotFoundException("Complaint", id);
	}

}
