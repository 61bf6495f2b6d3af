package org.servicechain.agreements;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.agreements.feasibility.ChainStep;
import org.servicechain.agreements.feasibility.Commitment;
import org.servicechain.agreements.feasibility.FeasibilityCheck;
import org.servicechain.agreements.feasibility.FeasibilityReport;
import org.servicechain.agreements.feasibility.PathStep;
import org.servicechain.agreements.feasibility.Promise;
import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.chain.ChainAnalysis;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.LinkView;
import org.servicechain.chain.SupplyLink;
import org.servicechain.identity.CurrentUser;
import org.servicechain.shared.InvalidInputException;

/**
 * Answers, for a customer SLA, "can this promise be kept?" (AGREE-4): for each service it
 * covers and each priority, the chain of links beneath the service (narrowed to what each
 * service needs), the OLA or supplier contract in force on each link with its target for
 * that priority in its own calendar, and the worst case over a week of start times. The
 * arithmetic is {@link FeasibilityCheck}'s; this class gathers its inputs and names the
 * results.
 */
@Service
public class CheckingFeasibility {

	private final AgreementManagement agreements;

	private final ChainAnalysis analysis;

	private final ChainManagement chain;

	private final BusinessCalendarManagement calendars;

	private final java.time.Clock clock;

	CheckingFeasibility(AgreementManagement agreements, ChainAnalysis analysis, ChainManagement chain,
			BusinessCalendarManagement calendars, java.time.Clock clock) {
		this.agreements = agreements;
		this.analysis = analysis;
		this.chain = chain;
		this.calendars = calendars;
		this.clock = clock;
	}

	/**
	 * @return a check per covered service and priority, in service then priority order;
	 * empty for agreements that are not customer SLAs.
	 */
	@Transactional(readOnly = true)
	public List<FeasibilityView> check(UUID agreementId) {
		if (!CurrentUser.get().map(CurrentUser::isStaff).orElse(false)) {
			throw new AccessDeniedException("Only staff check promises along the chain");
		}
		AgreementView agreement = this.agreements.agreement(agreementId);
		if (agreement.kind() != AgreementKind.CUSTOMER_SLA) {
			return List.of();
		}
		return check(agreement, context());
	}

	/**
	 * What every check reads once: the agreements in force, names, calendars and each
	 * service's chain, so that checking all customer SLAs at once (agreement health)
	 * reads the chain once.
	 */
	Context context() {
		List<AgreementManagement.AgreementInForce> inForce = this.agreements.agreementsInForce();
		Map<UUID, String> serviceNames = new HashMap<>();
		this.chain.services().forEach((service) -> serviceNames.put(service.id(), service.name()));
		Map<UUID, String> linkNames = new HashMap<>();
		this.chain.links(null, null).forEach((link) -> linkNames.put(link.id(), describe(link)));
		return new Context(inForce, serviceNames, linkNames, new HashMap<>(), new HashMap<>());
	}

	record Context(List<AgreementManagement.AgreementInForce> inForce, Map<UUID, String> serviceNames,
			Map<UUID, String> linkNames, Map<UUID, BusinessCalendar> calendarsById,
			Map<UUID, List<SupplyLink>> supplyLinks) {

	}

	/**
	 * Checks one customer SLA with what the context has read.
	 */
	List<FeasibilityView> check(AgreementView agreement, Context context) {
		List<FeasibilityView> checks = new ArrayList<>();
		for (UUID serviceId : agreement.serviceIds()) {
			List<SupplyLink> links = context.supplyLinks().computeIfAbsent(serviceId, this.analysis::supplyLinksOf);
			for (Priority priority : Priority.values()) {
				agreement.terms()
					.target(priority)
					.ifPresent((target) -> checks
						.add(check(agreement, serviceId, links, context.serviceNames(), context.linkNames(), priority,
								target.resolution(), context.inForce(), context.calendarsById())));
			}
		}
		return checks;
	}

	private FeasibilityView check(AgreementView agreement, UUID serviceId, List<SupplyLink> links,
			Map<UUID, String> serviceNames, Map<UUID, String> linkNames, Priority priority,
			java.time.Duration resolution, List<AgreementManagement.AgreementInForce> inForce,
			Map<UUID, BusinessCalendar> calendarsById) {
		List<UUID> customerLinks = links.stream()
			.filter((link) -> link.serviceId().equals(serviceId) && link.providerId().equals(agreement.providerId())
					&& link.consumerId().equals(agreement.consumerId()))
			.map(SupplyLink::linkId)
			.toList();
		if (customerLinks.isEmpty()) {
			throw new InvalidInputException("serviceIds", "linked",
					agreement.providerName() + " does not provide " + serviceNames.get(serviceId) + " to "
							+ agreement.consumerName() + " in the chain; add the link before checking the promise");
		}
		List<ChainStep> steps = links.stream()
			.map((link) -> new ChainStep(link.linkId(), link.providerId(), link.consumerId(), link.serviceId(),
					link.inputLinkIds(),
					customerLinks.contains(link.linkId()) ? null : commitment(link, priority, inForce, calendarsById)))
			.toList();
		BusinessCalendar promiseCalendar = calendarsById.computeIfAbsent(agreement.calendarId(),
				this.calendars::calendar);
		FeasibilityReport report = FeasibilityCheck.of(new Promise(resolution, promiseCalendar), steps, customerLinks)
			.evaluate(nextMonday(promiseCalendar.zone()));
		return view(serviceId, serviceNames.get(serviceId), priority, report, promiseCalendar.zone(), linkNames);
	}

	private @Nullable Commitment commitment(SupplyLink link, Priority priority,
			List<AgreementManagement.AgreementInForce> inForce, Map<UUID, BusinessCalendar> calendarsById) {
		for (AgreementManagement.AgreementInForce agreement : inForce) {
			if (agreement.kind() != AgreementKind.CUSTOMER_SLA && agreement.providerId().equals(link.providerId())
					&& agreement.consumerId().equals(link.consumerId())
					&& agreement.serviceIds().contains(link.serviceId())) {
				var target = agreement.terms().target(priority);
				if (target.isPresent()) {
					BusinessCalendar calendar = calendarsById.computeIfAbsent(agreement.calendarId(),
							this.calendars::calendar);
					return new Commitment(agreement.id(), agreement.reference(), target.get().resolution(), calendar);
				}
			}
		}
		return null;
	}

	private FeasibilityView view(UUID serviceId, String serviceName, Priority priority, FeasibilityReport report,
			ZoneId zone, Map<UUID, String> linkNames) {
		List<FeasibilityView.Step> path = report.criticalPath()
			.stream()
			.map((step) -> step(step, linkNames, zone, step.linkId().equals(report.bottleneckLinkId())))
			.toList();
		return new FeasibilityView(serviceId, serviceName, priority, report.verdict(), report.promise(),
				report.promiseZone(), LocalDateTime.ofInstant(report.worstStart(), zone), report.worstSlack(),
				report.worstSlackWorking(), report.bestSlack(), path,
				report.bottleneckLinkId() != null ? linkNames.get(report.bottleneckLinkId()) : null,
				report.uncoveredLinkIds().stream().map(linkNames::get).toList(),
				report.cycleLinkIds().stream().map(linkNames::get).toList(), report.startsEvaluated());
	}

	private static FeasibilityView.Step step(PathStep step, Map<UUID, String> linkNames, ZoneId zone,
			boolean bottleneck) {
		return new FeasibilityView.Step(step.linkId(), linkNames.getOrDefault(step.linkId(), "?"), step.agreementId(),
				step.agreementReference(), step.target() != null ? AgreementManagement.hours(step.target()) : null,
				step.zone(), LocalDateTime.ofInstant(step.ready(), zone), LocalDateTime.ofInstant(step.finish(), zone),
				AgreementManagement.hours(step.contribution()), bottleneck);
	}

	private static String describe(LinkView link) {
		return link.providerName() + " → " + link.consumerName() + " (" + link.serviceName() + ")";
	}

	private Instant nextMonday(ZoneId zone) {
		LocalDate monday = LocalDate.now(this.clock.withZone(zone)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		return monday.atStartOfDay(zone).toInstant();
	}

}
