package org.servicechain.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.PartyKind;
import org.servicechain.identity.CurrentUser;
import org.servicechain.notify.Announcements;
import org.servicechain.notify.Announcements.Addressee;
import org.servicechain.notify.Announcements.Announcement;
import org.servicechain.notify.Announcements.Outcome;
import org.servicechain.notify.Channel;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * The service notices module's facade (issue 10, REQ-6; B9 1.6): declare planned work or
 * an incident, post updates and the all-clear, read notices as one may. Declaring finds
 * the affected parties through the chain and tells their people in the same transaction
 * (through notify's outbox), keeping who was told, when and how, and who was not reached;
 * updates and the all-clear go to the same people. Every change is audited; stale
 * versions are refused.
 */
@Service
public class ServiceNotices {

	static final String ENTITY = "service-notice";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final NoticeRecords notices;

	private final NoticeDeliveries deliveries;

	private final LinkedRequests linked;

	private final Audience audience;

	private final RaisedRequests raised;

	private final Announcements announcements;

	private final NoticeAccessPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	ServiceNotices(NoticeRecords notices, NoticeDeliveries deliveries, LinkedRequests linked, Audience audience,
			RaisedRequests raised, Announcements announcements, NoticeAccessPolicy policy, AuditTrail audit,
			Clock clock) {
		this.notices = notices;
		this.deliveries = deliveries;
		this.linked = linked;
		this.audience = audience;
		this.raised = raised;
		this.announcements = announcements;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	// Queries

	/**
	 * Staff see every notice; customers and partner users those that concern their party.
	 * @param currentOnly only those without the all-clear yet
	 */
	@Transactional(readOnly = true)
	public PageResponse<ServiceNoticeSummary> notices(boolean currentOnly, int page, int size) {
		CurrentUser user = this.policy.caller();
		Pageable pageable = Paging.of(page, size, Sort.unsorted());
		Page<ServiceNotice> found;
		if (user.isStaff()) {
			found = currentOnly ? this.notices.findByClearedAtIsNullOrderByStartsAtDesc(pageable)
					: this.notices.findAllByOrderByStartsAtDesc(pageable);
		}
		else if (user.partyId() != null) {
			found = this.notices.findConcerning(user.partyId(), currentOnly, pageable);
		}
		else {
			found = new PageImpl<>(List.of(), pageable, 0);
		}
		return PageResponse.of(found, ServiceNotice::summary);
	}

	@Transactional(readOnly = true)
	public ServiceNoticeView notice(UUID id) {
		CurrentUser user = this.policy.caller();
		ServiceNotice notice = load(id);
		this.policy.requireRead(user, notice);
		return view(notice, user);
	}

	/**
	 * @return the latest notice issued for something else (a contingency incident), for
	 * staff.
	 */
	@Transactional(readOnly = true)
	public Optional<ServiceNoticeSummary> issuedFor(UUID originId) {
		CurrentUser user = this.policy.caller();
		if (!user.isStaff()) {
			return Optional.empty();
		}
		return this.notices.findFirstByOriginIdOrderByDeclaredAtDesc(originId).map(ServiceNotice::summary);
	}

	/**
	 * @return the notices a request was linked to (raised while they ran), for staff.
	 */
	@Transactional(readOnly = true)
	public List<ServiceNoticeSummary> linkedTo(UUID requestId) {
		CurrentUser user = this.policy.caller();
		if (!user.isStaff()) {
			return List.of();
		}
		return this.linked.findByKeyRequestId(requestId)
			.stream()
			.map((link) -> this.notices.findById(link.noticeId()))
			.flatMap(Optional::stream)
			.map(ServiceNotice::summary)
			.toList();
	}

	// Commands

	@Transactional
	public ServiceNoticeView declare(NewServiceNotice command) {
		CurrentUser user = this.policy.requireDeclare();
		NoticeValidation.declaring(command);
		Audience.Found found = this.audience.find(command.subject(), command.subjectId());
		Instant now = Instant.now(this.clock);
		ServiceNotice notice = new ServiceNotice(this.notices.highestReferenceNumber() + 1, command.kind(),
				command.subject(), command.subjectId(), found.subjectName(), found.subjectPartyId(),
				command.title().strip(), command.message().strip(), command.startsAt(), command.endsAt(),
				command.originId(),
				found.parties()
					.stream()
					.map((party) -> new ServiceNotice.Party(party.id(), party.name(), party.kind()))
					.toList(),
				found.services()
					.stream()
					.map((service) -> new ServiceNotice.Service(service.id(), service.name()))
					.toList(),
				user.getUsername(), user.displayName(), now);
		this.notices.saveAndFlush(notice);
		this.audit.created(ENTITY, notice);
		tell(notice, 1, this.audience.people(notice.getParties()), notice.getKind().label() + ": " + notice.getTitle(),
				declaredBody(notice), now);
		// Requests the affected parties raised since it started, before anyone declared
		// it.
		this.raised.since(notice.getStartsAt(), now, notice.getParties().stream().map((p) -> p.partyId).toList())
			.forEach((request) -> link(notice, request));
		return view(notice, user);
	}

	/**
	 * Says more to the people told of the notice.
	 */
	@Transactional
	public ServiceNoticeView update(UUID id, long version, @Nullable String message) {
		return say(id, version, NoticeValidation.message(message, false), false);
	}

	/**
	 * Gives the all-clear to the people told of the notice.
	 * @param message what to say; a standard sentence when blank
	 */
	@Transactional
	public ServiceNoticeView allClear(UUID id, long version, @Nullable String message) {
		return say(id, version, NoticeValidation.message(message, true), true);
	}

	private ServiceNoticeView say(UUID id, long version, String message, boolean allClear) {
		CurrentUser user = this.policy.requireDeclare();
		ServiceNotice notice = load(id);
		this.audit.checkVersion(ENTITY, notice, version);
		Instant now = Instant.now(this.clock);
		Map<String, String> before = notice.auditSnapshot();
		int round = allClear ? notice.allClear(message, user.displayName(), now)
				: notice.update(message, user.displayName(), now);
		this.notices.saveAndFlush(notice);
		this.audit.updated(ENTITY, before, notice);
		List<Audience.Person> people = this.deliveries.findByNoticeIdAndRound(notice.getId(), 1)
			.stream()
			.map(NoticeDelivery::person)
			.toList();
		String title = (allClear ? "All clear: " : "Update: ") + notice.getTitle();
		tell(notice, round, people, title, message + "\n\n(" + notice.getKind().label() + " at "
				+ notice.getSubjectName() + ", " + notice.reference() + ")", now);
		return view(notice, user);
	}

	/**
	 * Links a request raised while a notice that affects its requester ran (called after
	 * the request was committed, as the system).
	 */
	@Transactional
	void linkRaised(UUID requestId) {
		this.raised.request(requestId).ifPresent((request) -> {
			for (ServiceNotice notice : this.notices.findRunningAffecting(request.requesterId())) {
				if (notice.runsAt(request.openedAt())) {
					link(notice, request);
				}
			}
		});
	}

	private void link(ServiceNotice notice, RaisedRequests.Raised request) {
		LinkedRequest.Key key = new LinkedRequest.Key(notice.getId(), request.id());
		if (!this.linked.existsById(key)) {
			this.linked.save(new LinkedRequest(notice.getId(), request.id(), request.reference(), request.requesterId(),
					request.summary(), request.openedAt()));
		}
	}

	/**
	 * Tells each person once, by the channel their contact record prefers (or their own
	 * notification preference), and keeps how: all in the caller's transaction.
	 */
	private void tell(ServiceNotice notice, int round, List<Audience.Person> people, String title, String body,
			Instant now) {
		Map<UUID, PartyKind> kinds = notice.getParties()
			.stream()
			.collect(Collectors.toMap((party) -> party.partyId, (party) -> party.partyKind, (a, b) -> a));
		List<Audience.Person> told = new ArrayList<>();
		List<ReachPolicy.Reach> reaches = new ArrayList<>();
		List<Addressee> addressees = new ArrayList<>();
		for (Audience.Person person : people) {
			ReachPolicy.Reach reach = (person.unreachable() != null)
					? new ReachPolicy.Reach(NoticeDelivery.NONE, person.unreachable()) : ReachPolicy
						.reach(person.preferred(), person.contact(), person.hasEmail(), person.username() != null);
			if (!reach.reachable()) {
				this.deliveries.save(new NoticeDelivery(notice.getId(), round, person, NoticeDelivery.NONE, null,
						reach.note(), now));
				continue;
			}
			Channel channel = switch (reach.channel()) {
				case NoticeDelivery.MAIL -> Channel.MAIL;
				case NoticeDelivery.IN_APP -> Channel.IN_APP;
				default -> null;
			};
			String link = (kinds.get(person.partyId()) == PartyKind.INTERNAL_TEAM) ? "/notices/" + notice.getId()
					: "/portal/notices/" + notice.getId();
			told.add(person);
			reaches.add(reach);
			addressees.add(new Addressee(person.username(), person.name(), person.email(), channel, link));
		}
		List<Outcome> outcomes = this.announcements
			.serviceNotice(new Announcement(notice.getId(), notice.reference(), title, body), addressees);
		for (int i = 0; i < outcomes.size(); i++) {
			Outcome outcome = outcomes.get(i);
			String note = (outcome.why() != null) ? outcome.why() : reaches.get(i).note();
			this.deliveries.save(new NoticeDelivery(notice.getId(), round, told.get(i), outcome.channel().name(),
					outcome.address(), note, now));
		}
	}

	private static String declaredBody(ServiceNotice notice) {
		StringBuilder body = new StringBuilder();
		body.append(notice.getKind().label())
			.append(" at ")
			.append(notice.getSubjectName())
			.append(", from ")
			.append(WHEN.format(notice.getStartsAt()))
			.append((notice.getEndsAt() != null) ? " until " + WHEN.format(notice.getEndsAt())
					: " until further notice")
			.append(".\n\n")
			.append(notice.getMessage());
		if (!notice.getServices().isEmpty()) {
			body.append("\n\nServices affected: ")
				.append(notice.getServices()
					.stream()
					.map((service) -> service.serviceName)
					.collect(Collectors.joining(", ")))
				.append('.');
		}
		return body.toString();
	}

	private ServiceNotice load(UUID id) {
		return this.notices.findById(id).orElseThrow(() -> new NotFoundException("Service notice", id));
	}

	private ServiceNoticeView view(ServiceNotice notice, CurrentUser user) {
		boolean staff = this.policy.seesDeliveries(user);
		List<ServiceNoticeView.DeliveryView> told = staff
				? this.deliveries.findByNoticeIdOrderByRoundAscPartyNameAscPersonNameAsc(notice.getId())
					.stream()
					.map(NoticeDelivery::toView)
					.toList()
				: List.of();
		List<ServiceNoticeView.LinkedRequestView> requests = this.linked
			.findByKeyNoticeIdOrderByRaisedAtAsc(notice.getId())
			.stream()
			.filter((link) -> staff || link.requesterId().equals(user.partyId()))
			.map(LinkedRequest::toView)
			.toList();
		List<ServiceNotice.Round> rounds = notice.getRounds();
		List<ServiceNoticeView.RoundView> roundViews = new ArrayList<>();
		for (int i = 0; i < rounds.size(); i++) {
			ServiceNotice.Round round = rounds.get(i);
			roundViews.add(new ServiceNoticeView.RoundView(i + 1, round.kind, round.message, round.at, round.byName));
		}
		// Outsiders see the parties affected only as far as their own party goes.
		List<ServiceNoticeView.AffectedParty> parties = notice.getParties()
			.stream()
			.filter((party) -> staff || party.partyId.equals(user.partyId()))
			.map((party) -> new ServiceNoticeView.AffectedParty(party.partyId, party.partyName, party.partyKind))
			.toList();
		return new ServiceNoticeView(notice.getId(), notice.getVersion(), notice.reference(), notice.getKind(),
				notice.getSubject(), notice.getSubjectId(), notice.getSubjectName(), notice.getTitle(),
				notice.getMessage(), notice.getStartsAt(), notice.getEndsAt(), notice.getDeclaredAt(),
				notice.getDeclaredByName(), notice.getClearedAt(), notice.getOriginId(), parties,
				notice.getServices()
					.stream()
					.map((service) -> new ServiceNoticeView.AffectedService(service.serviceId, service.serviceName))
					.toList(),
				roundViews, told, requests);
	}

}
