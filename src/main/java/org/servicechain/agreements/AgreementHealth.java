package org.servicechain.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.agreements.feasibility.Verdict;
import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.LinkView;
import org.servicechain.identity.CurrentUser;
import org.servicechain.shared.InvalidInputException;

/**
 * The health of every agreement, for the places agreements are named (dashboard, list,
 * service, party and link pages, the chain map) and which links no agreement covers.
 * <p>
 * A customer SLA's health is its feasibility check (AGREE-4) in one word: cannot be kept
 * if any promise has a deficit, unverified if a link it rests on has no agreement, at
 * risk if the worst start leaves less than a tenth of a promise to spare, otherwise
 * feasible. An OLA or supplier contract is not checked on its own; when it is the
 * bottleneck of a customer promise in force that is not feasible, it carries that
 * promise's health and says so. Staff only, like the feasibility check.
 */
@Service
public class AgreementHealth {

	/** Less slack than this share of the promise at the worst start is "at risk". */
	static final double AT_RISK_SHARE = 0.10;

	private final AgreementManagement agreements;

	private final CheckingFeasibility feasibility;

	private final ChainManagement chain;

	private final BusinessCalendarManagement calendars;

	private final Clock clock;

	/** The last report and what it was computed from. */
	private volatile @Nullable Cached cached;

	AgreementHealth(AgreementManagement agreements, CheckingFeasibility feasibility, ChainManagement chain,
			BusinessCalendarManagement calendars, Clock clock) {
		this.agreements = agreements;
		this.feasibility = feasibility;
		this.chain = chain;
		this.calendars = calendars;
		this.clock = clock;
	}

	private record Cached(String key, Report report) {

	}

	/**
	 * The health of one agreement.
	 *
	 * @param via the customer SLA whose health an OLA or contract carries, if any
	 */
	public record HealthView(UUID agreementId, String reference, Health health, String reason, @Nullable UUID viaId,
			@Nullable String via) {

	}

	/**
	 * All agreements that are not finished, with their health where one is known.
	 */
	public record Report(List<AgreementView> agreements, Map<UUID, HealthView> health) {

		public @Nullable HealthView of(UUID agreementId) {
			return this.health.get(agreementId);
		}

		/** Customer SLAs in force (or agreed) by health, worst first. */
		public Map<Health, List<AgreementView>> promisesInForceByHealth() {
			Map<Health, List<AgreementView>> byHealth = new EnumMap<>(Health.class);
			for (Health h : List.of(Health.CANNOT_BE_KEPT, Health.AT_RISK, Health.UNVERIFIED, Health.FEASIBLE)) {
				byHealth.put(h, new ArrayList<>());
			}
			this.agreements.stream()
				.filter((a) -> a.kind() == AgreementKind.CUSTOMER_SLA && inForceOrAgreed(a))
				.filter((a) -> this.health.containsKey(a.id()))
				.forEach((a) -> byHealth.get(this.health.get(a.id()).health()).add(a));
			return byHealth;
		}

		/**
		 * How each link is covered: the agreements naming its provider, consumer and
		 * service (in force first), and whether none is in force.
		 */
		public List<LinkCoverage> coverage(Collection<LinkView> links) {
			List<LinkCoverage> result = new ArrayList<>();
			for (LinkView link : links) {
				List<Governing> governing = this.agreements.stream()
					.filter((a) -> a.providerId().equals(link.providerId()) && a.consumerId().equals(link.consumerId())
							&& a.serviceIds().contains(link.serviceId()))
					.sorted(Comparator.comparing((AgreementView a) -> !inForceOrAgreed(a))
						.thenComparing(AgreementView::reference))
					.map((a) -> new Governing(a, this.health.get(a.id())))
					.toList();
				boolean covered = governing.stream().anyMatch((g) -> inForceOrAgreed(g.agreement()));
				result.add(new LinkCoverage(link, governing, covered));
			}
			return result;
		}

	}

	/** An agreement that governs a link, with its health if known. */
	public record Governing(AgreementView agreement, @Nullable HealthView health) {

		public boolean inForce() {
			return inForceOrAgreed(this.agreement);
		}

	}

	/**
	 * A link and the agreements on it.
	 *
	 * @param covered whether an agreement is in force (or agreed) on it
	 */
	public record LinkCoverage(LinkView link, List<Governing> governing, boolean covered) {

		/**
		 * @return whether the missing agreement is a gap in the chain: a supply link
		 * (between two of our own or a supplier and us) with nothing in force. A link to
		 * a customer without an SLA is served on standard terms and is not a gap.
		 */
		public boolean gap() {
			return !this.covered && !this.link.consumerIsCustomer();
		}

		public @Nullable Governing main() {
			return this.governing.isEmpty() ? null : this.governing.get(0);
		}

	}

	/**
	 * Every agreement that is not superseded or expired, with its health. Checks each
	 * customer SLA once, reading the chain and the agreements in force once.
	 */
	@Transactional(readOnly = true)
	public Report report() {
		if (!CurrentUser.get().map(CurrentUser::isStaff).orElse(false)) {
			throw new AccessDeniedException("Only staff see the health of agreements");
		}
		// The health changes only with the chain, the agreements, a calendar or the week
		// checked; the dashboard, lists and record pages ask for it on every view.
		String key = this.chain.changeStamp() + "/" + this.agreements.changeStamp() + "/"
				+ this.calendars.list()
					.stream()
					.map((calendar) -> calendar.id() + ":" + calendar.version())
					.sorted()
					.collect(java.util.stream.Collectors.joining(","))
				+ "/" + LocalDate.now(this.clock);
		Cached last = this.cached;
		if (last != null && last.key().equals(key)) {
			return last.report();
		}
		Report report = compute();
		this.cached = new Cached(key, report);
		return report;
	}

	private Report compute() {
		List<AgreementView> current = this.agreements.agreements(null)
			.stream()
			.filter((a) -> !a.status().finished())
			.toList();
		CheckingFeasibility.Context context = this.feasibility.context();
		Map<UUID, HealthView> health = new LinkedHashMap<>();
		Map<UUID, List<HealthView>> bottleneckOf = new HashMap<>();
		for (AgreementView agreement : current) {
			if (agreement.kind() != AgreementKind.CUSTOMER_SLA) {
				continue;
			}
			HealthView view;
			List<FeasibilityView> checks = List.of();
			try {
				checks = this.feasibility.check(agreement, context);
				view = judge(agreement, checks);
			}
			catch (InvalidInputException ex) {
				view = new HealthView(agreement.id(), agreement.reference(), Health.UNVERIFIED, ex.getMessage(), null,
						null);
			}
			health.put(agreement.id(), view);
			if (inForceOrAgreed(agreement) && view.health() != Health.FEASIBLE && view.health() != Health.UNVERIFIED) {
				for (FeasibilityView check : checks) {
					for (FeasibilityView.Step step : check.criticalPath()) {
						if (step.bottleneck() && step.agreementId() != null) {
							bottleneckOf.computeIfAbsent(step.agreementId(), (id) -> new ArrayList<>()).add(view);
						}
					}
				}
			}
		}
		for (AgreementView agreement : current) {
			List<HealthView> promises = bottleneckOf.get(agreement.id());
			if (agreement.kind() == AgreementKind.CUSTOMER_SLA || promises == null) {
				continue;
			}
			HealthView worst = promises.stream()
				.max(Comparator.comparingInt((HealthView h) -> h.health().severity()))
				.orElseThrow();
			health.put(agreement.id(),
					new HealthView(agreement.id(), agreement.reference(), worst.health(),
							"the bottleneck of " + worst.reference() + ", whose promise "
									+ worst.health().label().toLowerCase(java.util.Locale.ROOT) + ": " + worst.reason(),
							worst.agreementId(), worst.reference()));
		}
		return new Report(current, health);
	}

	static HealthView judge(AgreementView agreement, List<FeasibilityView> checks) {
		if (checks.isEmpty()) {
			return new HealthView(agreement.id(), agreement.reference(), Health.UNVERIFIED,
					"it sets no resolution target to check", null, null);
		}
		// The worst check decides: the worse health, then the least slack.
		FeasibilityView worst = checks.stream()
			.max(Comparator.comparingInt((FeasibilityView check) -> of(check).severity())
				.thenComparing(FeasibilityView::worstSlackWorking, Comparator.reverseOrder()))
			.orElseThrow();
		Health health = of(worst);
		String about = worst.serviceName() + ", " + worst.priority().label() + ": ";
		String reason = switch (health) {
			case CANNOT_BE_KEPT -> about + worst.worstSlackWorkingText() + " at the worst start"
					+ (worst.bottleneck() != null ? "; bottleneck " + worst.bottleneck() : "");
			case AT_RISK -> about + "only " + worst.worstSlackWorkingText() + " at the worst start";
			case UNVERIFIED -> about + worst.linksWithoutAgreement().size()
					+ (worst.linksWithoutAgreement().size() == 1 ? " link has" : " links have") + " no agreement: "
					+ String.join(", ", worst.linksWithoutAgreement());
			case FEASIBLE -> "every promise is kept; the tightest, " + worst.serviceName() + " "
					+ worst.priority().label() + ", has " + worst.worstSlackWorkingText();
		};
		return new HealthView(agreement.id(), agreement.reference(), health, reason, null, null);
	}

	static Health of(FeasibilityView check) {
		if (check.verdict() == Verdict.BROKEN) {
			return Health.CANNOT_BE_KEPT;
		}
		if (check.verdict() == Verdict.UNVERIFIED) {
			return Health.UNVERIFIED;
		}
		long promise = check.promise().toMinutes();
		long slack = check.worstSlackWorking().toMinutes();
		return (slack < promise * AT_RISK_SHARE) ? Health.AT_RISK : Health.FEASIBLE;
	}

	static boolean inForceOrAgreed(AgreementView agreement) {
		return agreement.status().inForce() || agreement.status() == AgreementStatus.AGREED;
	}

}
