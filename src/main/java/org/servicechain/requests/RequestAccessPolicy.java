package org.servicechain.requests;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.shared.NotFoundException;

/**
 * The one place that decides who may see and act on requests and chain tasks (REC-4, B10
 * 3.4). Every read path asks it: pages, the API, queues and their counts, attachments by
 * id, htmx partials. A request or task the caller may not see answers "not found",
 * exactly like one that does not exist.
 *
 * <ul>
 * <li>Administrators, managers and agents see and work every request.</li>
 * <li>An internal team member sees and works the requests their team delivers, and sees
 * the requests that handed their team a task, whose tasks they work.</li>
 * <li>A customer sees the requests of their own party that they raised; all of their
 * party's requests when the party is a person, or when the organisation lets its contacts
 * see each other's. They never see internal notes or tasks.</li>
 * <li>A partner user sees no request, only the tasks handed to their own party, and the
 * end customer's details only when the agent shared them.</li>
 * </ul>
 */
@Component
public class RequestAccessPolicy {

	/**
	 * What the caller may see, decided once per command or query.
	 */
	record Caller(CurrentUser user) {

		String username() {
			return this.user.getUsername();
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

		boolean ofParty(UUID partyId) {
			return partyId.equals(this.user.partyId());
		}

	}

	Caller caller() {
		return new Caller(CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first")));
	}

	/**
	 * @param taskForTeam whether the request handed a task to the caller's team
	 * @param sharedWithOrganisation whether every contact of the requester's party may
	 * see its requests (a person, or an organisation that allows it)
	 */
	boolean canRead(Caller caller, ServiceRequest request, boolean taskForTeam, boolean sharedWithOrganisation) {
		if (caller.fullStaff()) {
			return true;
		}
		if (caller.teamMember()) {
			return caller.ofParty(request.getProviderId()) || taskForTeam;
		}
		if (caller.customer()) {
			return caller.ofParty(request.getRequesterId())
					&& (sharedWithOrganisation || request.getRaisedBy().equals(caller.username()));
		}
		return false;
	}

	void requireRead(Caller caller, ServiceRequest request, boolean taskForTeam, boolean sharedWithOrganisation) {
		if (!canRead(caller, request, taskForTeam, sharedWithOrganisation)) {
			throw notFound(request.getId());
		}
	}

	/**
	 * @return whether the caller works the request as its provider: changes its status,
	 * priority and assignee, replies, writes notes, hands tasks over.
	 */
	boolean canWork(Caller caller, ServiceRequest request) {
		return caller.fullStaff() || (caller.teamMember() && caller.ofParty(request.getProviderId()));
	}

	void requireWork(Caller caller, ServiceRequest request) {
		if (!canWork(caller, request)) {
			throw new AccessDeniedException("Only the team that delivers " + request.reference() + " works it");
		}
	}

	/**
	 * @return whether the caller reads the internal side of a request (notes, tasks,
	 * history): staff only.
	 */
	boolean seesInternal(Caller caller) {
		return caller.staff();
	}

	/**
	 * Staff raise requests for any customer; a customer raises them only for their own
	 * party.
	 */
	void requireRaiseFor(Caller caller, UUID requesterId) {
		if (caller.staff()) {
			return;
		}
		if (!caller.customer() || !caller.ofParty(requesterId)) {
			throw new AccessDeniedException("Customers raise requests for their own organisation only");
		}
	}

	/**
	 * A customer acts on their own request (confirm, reopen, escalate, reply).
	 */
	void requireCustomerOf(Caller caller, ServiceRequest request, boolean sharedWithOrganisation) {
		requireRead(caller, request, false, sharedWithOrganisation);
		if (!caller.customer()) {
			throw new AccessDeniedException("Only the customer confirms, reopens or escalates in the portal");
		}
	}

	// Tasks

	boolean canReadTask(Caller caller, ChainTask task, ServiceRequest request) {
		if (caller.fullStaff()) {
			return true;
		}
		if (caller.teamMember()) {
			return caller.ofParty(task.getProviderId()) || caller.ofParty(request.getProviderId());
		}
		return caller.partner() && caller.ofParty(task.getProviderId());
	}

	void requireReadTask(Caller caller, ChainTask task, ServiceRequest request) {
		if (!canReadTask(caller, task, request)) {
			throw new NotFoundException("Task", task.getId());
		}
	}

	/**
	 * The party a task was handed to works it: accepts, asks, completes, declines.
	 * Administrators and managers may record that party's steps for them (a phone call).
	 */
	void requireWorkTask(Caller caller, ChainTask task, ServiceRequest request) {
		requireReadTask(caller, task, request);
		if (caller.manager() || caller.ofParty(task.getProviderId())) {
			return;
		}
		throw new AccessDeniedException("Only the party the task was handed to works it");
	}

	/**
	 * The request's side manages its tasks: hands them over, answers questions, cancels.
	 */
	void requireManageTask(Caller caller, ChainTask task, ServiceRequest request) {
		requireReadTask(caller, task, request);
		requireWork(caller, request);
	}

	/**
	 * @return whether the caller sees the end customer behind a task.
	 */
	boolean seesCustomerBehind(Caller caller, ChainTask task) {
		return caller.staff() || task.isSharePersonalData();
	}

	// Desk settings

	boolean canManageDesk(Caller caller) {
		return caller.manager();
	}

	void requireManageDesk(Caller caller) {
		if (!canManageDesk(caller)) {
			throw new AccessDeniedException("Only administrators and managers change how the desk works");
		}
	}

	/**
	 * Importing requests with their past writes history in other people's names:
	 * administrators, and the system, only.
	 */
	void requireImport(Caller caller) {
		if (!caller.user().hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators import requests");
		}
	}

	void requireStaff(Caller caller) {
		if (!caller.staff()) {
			throw new AccessDeniedException("Staff only");
		}
	}

	static NotFoundException notFound(UUID id) {
		return new NotFoundException("Request", id);
	}

}
