package org.servicechain.requests;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.CustomerType;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestAccessPolicy.Caller;
import org.servicechain.shared.NotFoundException;

/**
 * Loading requests with the access check every path makes, and storing them with the
 * facts they appended to their history (in the same transaction, announced to the modules
 * that derive state from it).
 */
@Component
class RequestRecords {

	private final ServiceRequests requests;

	private final RequestEvents events;

	private final ChainTasks tasks;

	private final RequesterSettings requesterSettings;

	private final RequestAccessPolicy policy;

	private final ChainManagement chain;

	private final ApplicationEventPublisher publisher;

	RequestRecords(ServiceRequests requests, RequestEvents events, ChainTasks tasks,
			RequesterSettings requesterSettings, RequestAccessPolicy policy, ChainManagement chain,
			ApplicationEventPublisher publisher) {
		this.requests = requests;
		this.events = events;
		this.tasks = tasks;
		this.requesterSettings = requesterSettings;
		this.policy = policy;
		this.chain = chain;
		this.publisher = publisher;
	}

	/**
	 * @return the request, if the caller may see it; otherwise "not found", as if it did
	 * not exist.
	 * @param forUpdate whether to hold the row until the transaction ends (appending to
	 * the conversation or history)
	 */
	ServiceRequest readable(Caller caller, UUID id, boolean forUpdate) {
		ServiceRequest request = (forUpdate ? this.requests.findForUpdate(id) : this.requests.findById(id))
			.orElseThrow(() -> RequestAccessPolicy.notFound(id));
		this.policy.requireRead(caller, request, taskForTeam(caller, request), sharedWithOrganisation(caller, request));
		return request;
	}

	ServiceRequest load(UUID id) {
		return this.requests.findById(id).orElseThrow(() -> RequestAccessPolicy.notFound(id));
	}

	/**
	 * @return whether the caller's team holds a task of the request (so its members may
	 * read it).
	 */
	boolean taskForTeam(Caller caller, ServiceRequest request) {
		return caller.teamMember() && caller.partyId() != null
				&& this.tasks.existsForRequestAndProvider(request.getId(), caller.partyId());
	}

	/**
	 * @return whether every portal user of the requester's party sees the request: the
	 * party is one person, or an organisation that lets its contacts see each other's
	 * requests.
	 */
	boolean sharedWithOrganisation(Caller caller, ServiceRequest request) {
		if (!caller.customer() || !caller.ofParty(request.getRequesterId())) {
			return false;
		}
		return sharedWithinParty(request.getRequesterId());
	}

	boolean sharedWithinParty(UUID partyId) {
		boolean person = SystemActor.call(() -> {
			try {
				return this.chain.party(partyId).customerType() == CustomerType.PERSON;
			}
			catch (NotFoundException ex) {
				return false;
			}
		});
		return person || this.requesterSettings.findById(partyId)
			.map(RequesterSetting::isShareWithinOrganisation)
			.orElse(false);
	}

	List<ChainTask> tasksOf(UUID requestId) {
		return this.tasks.findByRequestIdOrderByNumber(requestId);
	}

	boolean anyTaskActive(UUID requestId) {
		return tasksOf(requestId).stream().anyMatch((task) -> task.getStatus().active());
	}

	/**
	 * Saves the request and the facts it appended, and announces them within the
	 * transaction.
	 */
	void store(ServiceRequest request) {
		this.requests.saveAndFlush(request);
		List<RequestEvent> appended = request.drainEvents();
		if (appended.isEmpty()) {
			return;
		}
		this.events.saveAll(appended);
		this.publisher.publishEvent(new RequestHistoryAppended(request.getId(), request.reference(),
				appended.stream().map(RequestEvent::toView).toList()));
	}

}
