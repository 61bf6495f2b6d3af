package org.servicechain.workforce;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.ChainAnalysis;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.Impact;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.SystemActor;
import org.servicechain.agreements.Priority;
import org.servicechain.notices.NewServiceNotice;
import org.servicechain.notices.NoticeKind;
import org.servicechain.notices.NoticeSubject;
import org.servicechain.notices.ServiceNoticeSummary;
import org.servicechain.notices.ServiceNoticeView;
import org.servicechain.notices.ServiceNotices;
import org.servicechain.requests.RequestFilter;
import org.servicechain.requests.RequestManagement;
import org.servicechain.requests.RequestStatus;
import org.servicechain.requests.RequestSummary;
import org.servicechain.requests.RequestQueries;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;
import org.servicechain.workforce.ContingencyViews.Affected;
import org.servicechain.workforce.ContingencyViews.IncidentSummary;
import org.servicechain.workforce.ContingencyViews.IncidentView;
import org.servicechain.workforce.ContingencyViews.ProcedureView;
import org.servicechain.workforce.ContingencyViews.StepView;

/**
 * Contingency (WF-4; B10 4.1, 2.2): procedures for unexpected situations written by
 * managers, activated by anyone on staff when the situation arises, which opens an
 * incident whose checklist is worked and logged step by step; the services and customers
 * affected are found through the chain from the party the procedure concerns; a manager
 * closes the incident with the post-incident review.
 */
@Service
public class Contingency {

	static final String PROCEDURE = "contingency-procedure";

	static final String INCIDENT = "incident";

	private final ContingencyProcedures procedures;

	private final Incidents incidents;

	private final ChainManagement chain;

	private final ChainAnalysis analysis;

	private final RequestQueries requests;

	private final RequestManagement requestManagement;

	private final ServiceNotices notices;

	private final WorkforceAccessPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	Contingency(ContingencyProcedures procedures, Incidents incidents, ChainManagement chain, ChainAnalysis analysis,
			RequestQueries requests, RequestManagement requestManagement, ServiceNotices notices,
			WorkforceAccessPolicy policy, AuditTrail audit, Clock clock) {
		this.requestManagement = requestManagement;
		this.notices = notices;
		this.procedures = procedures;
		this.incidents = incidents;
		this.chain = chain;
		this.analysis = analysis;
		this.requests = requests;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	// Procedures

	@Transactional(readOnly = true)
	public PageResponse<ProcedureView> procedures(int page, int size) {
		this.policy.caller();
		return PageResponse.of(this.procedures.findAll(Paging.of(page, size, Sort.by("title"))), this::view);
	}

	@Transactional(readOnly = true)
	public ProcedureView procedure(UUID id) {
		this.policy.caller();
		return view(find(id));
	}

	@Transactional
	public ProcedureView createProcedure(ProcedureDetails details) {
		this.policy.requireManager("title", "write contingency procedures");
		ContingencyProcedure procedure = new ContingencyProcedure(checked(details), Instant.now(this.clock));
		this.audit.created(PROCEDURE, this.procedures.saveAndFlush(procedure));
		return view(procedure);
	}

	@Transactional
	public ProcedureView updateProcedure(UUID id, long version, ProcedureDetails details) {
		this.policy.requireManager("title", "change contingency procedures");
		ContingencyProcedure procedure = find(id);
		this.audit.checkVersion(PROCEDURE, procedure, version);
		java.util.Map<String, String> before = procedure.auditSnapshot();
		procedure.change(checked(details), Instant.now(this.clock));
		this.procedures.saveAndFlush(procedure);
		this.audit.updated(PROCEDURE, before, procedure);
		return view(procedure);
	}

	// Incidents

	/**
	 * Puts a procedure to work: anyone on staff may, as the situation will not wait for a
	 * manager.
	 */
	@Transactional
	public IncidentView activate(UUID procedureId, @Nullable String note) {
		CurrentUser caller = this.policy.caller();
		ContingencyProcedure procedure = find(procedureId);
		String why = blankToNull(note);
		if (why != null && why.length() > 1000) {
			throw new InvalidInputException("note", "max-length", "at most 1,000 characters");
		}
		Incident incident = new Incident(procedureId, procedure.details(), why, Instant.now(this.clock),
				caller.displayName());
		this.audit.created(INCIDENT, this.incidents.saveAndFlush(incident));
		return view(incident);
	}

	@Transactional(readOnly = true)
	public PageResponse<IncidentSummary> incidents(boolean openOnly, int page, int size) {
		this.policy.caller();
		org.springframework.data.domain.Pageable pageable = Paging.of(page, size, Sort.unsorted());
		Page<Incident> found = openOnly ? this.incidents.findByClosedAtIsNullOrderByOpenedAtDesc(pageable)
				: this.incidents.findAllByOrderByOpenedAtDesc(pageable);
		return PageResponse.of(found, Contingency::summary);
	}

	@Transactional(readOnly = true)
	public IncidentView incident(UUID id) {
		this.policy.caller();
		return view(findIncident(id));
	}

	/**
	 * Ticks one step of the checklist, with a note of what was done.
	 */
	@Transactional
	public IncidentView tick(UUID id, long version, int step, @Nullable String note) {
		CurrentUser caller = this.policy.caller();
		Incident incident = findIncident(id);
		this.audit.checkVersion(INCIDENT, incident, version);
		if (!incident.open()) {
			throw new InvalidInputException("step", "closed",
					"the incident is closed; its checklist is kept as it was");
		}
		if (step < 0 || step >= incident.getSteps().size()) {
			throw new InvalidInputException("step", "range",
					"there is no step " + (step + 1) + "; the checklist has " + incident.getSteps().size());
		}
		if (incident.getSteps().get(step).doneAt != null) {
			throw new InvalidInputException("step", "done", "step " + (step + 1) + " is already done");
		}
		String what = blankToNull(note);
		if (what != null && what.length() > 1000) {
			throw new InvalidInputException("note", "max-length", "at most 1,000 characters");
		}
		java.util.Map<String, String> before = incident.auditSnapshot();
		incident.tick(step, what, Instant.now(this.clock), caller.displayName());
		this.incidents.saveAndFlush(incident);
		this.audit.updated(INCIDENT, before, incident);
		return view(incident);
	}

	/**
	 * Closes the incident with its post-incident review (managers): what happened and
	 * what changes. Steps left undone must be explained in what happened.
	 */
	@Transactional
	public IncidentView close(UUID id, long version, @Nullable String whatHappened, @Nullable String whatChanges) {
		CurrentUser caller = this.policy.requireManager("whatHappened", "close an incident");
		Incident incident = findIncident(id);
		this.audit.checkVersion(INCIDENT, incident, version);
		if (!incident.open()) {
			throw new InvalidInputException("whatHappened", "closed", "the incident is already closed");
		}
		String happened = blankToNull(whatHappened);
		String changes = blankToNull(whatChanges);
		if (happened == null) {
			throw new InvalidInputException("whatHappened", "required",
					"say what happened: the post-incident review is how the procedure improves");
		}
		if (changes == null) {
			throw new InvalidInputException("whatChanges", "required",
					"say what changes (or that nothing does, and why)");
		}
		if (happened.length() > 4000 || changes.length() > 4000) {
			throw new InvalidInputException((happened.length() > 4000) ? "whatHappened" : "whatChanges", "max-length",
					"at most 4,000 characters");
		}
		java.util.Map<String, String> before = incident.auditSnapshot();
		incident.close(happened, changes, Instant.now(this.clock), caller.displayName());
		this.incidents.saveAndFlush(incident);
		this.audit.updated(INCIDENT, before, incident);
		return view(incident);
	}

	/**
	 * The service notice issued for an incident, if one was.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<ServiceNoticeSummary> noticeOf(UUID incidentId) {
		this.policy.caller();
		return this.notices.issuedFor(findIncident(incidentId).getId());
	}

	/**
	 * Tells the parties and customers affected through the chain (managers): issues a
	 * service notice for the incident's party, found affected from it, in this one
	 * transaction.
	 * @param message what to tell them; the incident's note or title when blank
	 */
	@Transactional
	public ServiceNoticeView tellTheAffected(UUID incidentId, @Nullable String message) {
		this.policy.requireManager("message", "tell the affected of an incident");
		Incident incident = findIncident(incidentId);
		if (!incident.open()) {
			throw new InvalidInputException("message", "closed", "the incident is closed");
		}
		if (incident.getPartyId() == null) {
			throw new InvalidInputException("message", "no-party",
					"the procedure names no party of the chain, so nobody can be found affected");
		}
		if (this.notices.issuedFor(incidentId).isPresent()) {
			throw new InvalidInputException("message", "told",
					"the affected were told already; post an update on the notice instead");
		}
		String said = blankToNull(message);
		if (said == null) {
			said = (incident.getNote() != null) ? incident.getNote()
					: "We are dealing with an incident: " + incident.getTitle() + ". We will tell you when it is over.";
		}
		return this.notices.declare(new NewServiceNotice(NoticeKind.INCIDENT, NoticeSubject.PARTY,
				incident.getPartyId(), incident.getTitle(), said, incident.getOpenedAt(), null, incidentId));
	}

	/**
	 * Defers the open low-priority work (P4, new or open) of the services the incident
	 * affects (managers): each request waits on the partner with the reason in its
	 * history, and the affected are told through the incident's notice. All in this one
	 * transaction: either everything is deferred and told, or nothing.
	 * @return the references of the requests deferred
	 */
	@Transactional
	public List<String> deferLowPriority(UUID incidentId) {
		this.policy.requireManager("defer", "defer work");
		Incident incident = findIncident(incidentId);
		if (!incident.open()) {
			throw new InvalidInputException("defer", "closed", "the incident is closed");
		}
		ServiceNoticeSummary notice = this.notices.issuedFor(incidentId)
			.orElseThrow(() -> new InvalidInputException("defer", "tell-first",
					"tell the affected first: the customers whose work is deferred are told through the notice"));
		String reason = "Deferred while " + incident.getTitle() + " (" + notice.reference()
				+ ") holds up low-priority work";
		List<String> deferred = new ArrayList<>();
		for (Affected service : view(incident).affectedServices()) {
			RequestFilter lowest = new RequestFilter(List.of(RequestStatus.NEW, RequestStatus.OPEN), true, Priority.P4,
					service.id(), null, null, null, null, null, null, null, null, "opened");
			List<RequestSummary> open = SystemActor.call(() -> this.requests.list(lowest, 0, 200)).items();
			for (RequestSummary request : open) {
				this.requestManagement.defer(request.id(), reason);
				deferred.add(request.reference());
			}
		}
		if (deferred.isEmpty()) {
			throw new InvalidInputException("defer", "nothing", "no new or open P4 request waits on these services");
		}
		this.notices.update(notice.id(), notice.version(), "While we deal with this, " + deferred.size()
				+ " low-priority request(s) for the affected services are deferred; we will take them up again once "
				+ "the incident is over. If one of yours cannot wait, reply on it and we will look at it.");
		return deferred;
	}

	private ProcedureDetails checked(ProcedureDetails details) {
		String title = blankToNull(details.title());
		if (title == null) {
			throw new InvalidInputException("title", "required", "give the procedure a title");
		}
		if (title.length() > 200) {
			throw new InvalidInputException("title", "max-length", "at most 200 characters");
		}
		if (details.steps().isEmpty()) {
			throw new InvalidInputException("steps", "required",
					"write at least one step, one per line, as 'who: what to do'");
		}
		if (details.steps().size() > 40) {
			throw new InvalidInputException("steps", "max-size", "at most 40 steps");
		}
		for (int i = 0; i < details.steps().size(); i++) {
			ProcedureDetails.Step step = details.steps().get(i);
			if (step.text().isBlank()) {
				throw new InvalidInputException("steps", "blank", "step " + (i + 1) + " says who but not what to do");
			}
			if (step.text().length() > 500 || (step.role() != null && step.role().length() > 100)) {
				throw new InvalidInputException("steps", "max-length",
						"step " + (i + 1) + " is too long: at most 500 characters");
			}
		}
		String steps = String.join("\n", details.steps().stream().map(ProcedureDetails.Step::line).toList());
		if (steps.length() > 4000) {
			throw new InvalidInputException("steps", "max-length", "the steps together are at most 4,000 characters");
		}
		String contacts = blankToNull(details.contacts());
		if (contacts != null && contacts.length() > 2000) {
			throw new InvalidInputException("contacts", "max-length", "at most 2,000 characters");
		}
		if (details.partyId() != null && SystemActor.call(() -> this.chain.partyName(details.partyId())).isEmpty()) {
			throw new InvalidInputException("partyId", "unknown", "there is no such party in the chain");
		}
		return new ProcedureDetails(title, details.situation(), details.partyId(), details.steps(), contacts);
	}

	private ContingencyProcedure find(UUID id) {
		return this.procedures.findById(id).orElseThrow(() -> new NotFoundException(PROCEDURE, id));
	}

	private Incident findIncident(UUID id) {
		return this.incidents.findById(id).orElseThrow(() -> new NotFoundException(INCIDENT, id));
	}

	private ProcedureView view(ContingencyProcedure procedure) {
		ProcedureDetails details = procedure.details();
		return new ProcedureView(procedure.getId(), procedure.getVersion(), details.title(), details.situation(),
				details.situation().label(), details.partyId(), partyName(details.partyId()), details.steps(),
				details.contacts(), procedure.getUpdatedAt());
	}

	private IncidentView view(Incident incident) {
		List<StepView> steps = new ArrayList<>();
		for (int i = 0; i < incident.getSteps().size(); i++) {
			Incident.Step step = incident.getSteps().get(i);
			steps.add(new StepView(i, step.role, step.text, step.doneAt, step.doneBy, step.note));
		}
		List<Affected> services = List.of();
		List<Affected> customers = List.of();
		long open = 0;
		UUID party = incident.getPartyId();
		if (party != null) {
			Impact impact = SystemActor.call(() -> this.analysis.impactOfParty(party));
			services = impact.affectedServices()
				.stream()
				.map((service) -> new Affected(service.id(), service.name()))
				.toList();
			customers = impact.affectedCustomers()
				.stream()
				.map((customer) -> new Affected(customer.id(), customer.name()))
				.toList();
			for (Affected service : services) {
				open += SystemActor.call(() -> this.requests
					.list(new RequestFilter(null, true, null, service.id(), null, null, null, null, null, null, null,
							null, null), 0, 1)
					.totalItems());
			}
		}
		return new IncidentView(incident.getId(), incident.getVersion(), incident.getProcedureId(), incident.getTitle(),
				incident.getSituation().label(), party, partyName(party), incident.getContacts(), incident.getNote(),
				incident.getOpenedAt(), incident.getOpenedBy(), incident.getClosedAt(), incident.getClosedBy(),
				incident.getWhatHappened(), incident.getWhatChanges(), steps, services, customers, open);
	}

	private static IncidentSummary summary(Incident incident) {
		return new IncidentSummary(incident.getId(), incident.getTitle(), incident.getSituation().label(),
				incident.getOpenedAt(), incident.getOpenedBy(), incident.getClosedAt(), incident.getSteps().size(),
				(int) incident.getSteps().stream().filter((step) -> step.doneAt != null).count());
	}

	private @Nullable String partyName(@Nullable UUID partyId) {
		return (partyId != null) ? SystemActor.call(() -> this.chain.partyName(partyId)).orElse(null) : null;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
