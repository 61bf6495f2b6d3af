package org.servicechain.agreements.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.servicechain.agreements.AgreementHealth;
import org.servicechain.agreements.Health;
import org.servicechain.chain.ChainAnalysis;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.LinkView;
import org.servicechain.chain.SupplyLink;

/**
 * The partials that put agreement health where people look (AGREE-4, CHAIN-2): the
 * dashboard's panel, the agreements panel of a party, service or link page (the chain
 * module cannot depend on agreements, so its pages load this with htmx, STYLE G3), and
 * the health of every link for the chain map.
 */
@Controller
@RequestMapping("/agreements")
class HealthController {

	private final AgreementHealth health;

	private final ChainManagement chain;

	private final ChainAnalysis analysis;

	HealthController(AgreementHealth health, ChainManagement chain, ChainAnalysis analysis) {
		this.health = health;
		this.chain = chain;
		this.analysis = analysis;
	}

	@GetMapping("/health")
	String summary(Model model) {
		AgreementHealth.Report report = this.health.report();
		model.addAttribute("report", report);
		var byHealth = report.promisesInForceByHealth();
		model.addAttribute("byHealth", byHealth);
		model.addAttribute("problems",
				byHealth.entrySet()
					.stream()
					.filter((entry) -> entry.getKey() != Health.FEASIBLE)
					.flatMap((entry) -> entry.getValue().stream())
					.toList());
		List<AgreementHealth.LinkCoverage> gaps = report.coverage(this.chain.links(null, null))
			.stream()
			.filter(AgreementHealth.LinkCoverage::gap)
			.toList();
		model.addAttribute("gaps", gaps);
		return "agreements/health :: summary";
	}

	/**
	 * The agreements on one party's, service's or link's links, with their health and the
	 * links no agreement covers.
	 */
	@GetMapping("/coverage")
	String coverage(@RequestParam(required = false) @Nullable UUID partyId,
			@RequestParam(required = false) @Nullable UUID serviceId,
			@RequestParam(required = false) @Nullable UUID linkId, Model model) {
		List<LinkView> links;
		if (linkId != null) {
			links = List.of(this.chain.link(linkId));
		}
		else if (serviceId != null) {
			// The whole chain behind the service, not only the links of the service
			// itself.
			Set<UUID> ids = new HashSet<>();
			this.analysis.supplyLinksOf(serviceId).stream().map(SupplyLink::linkId).forEach(ids::add);
			links = new ArrayList<>(this.chain.links(null, null).stream().filter((l) -> ids.contains(l.id())).toList());
		}
		else if (partyId != null) {
			links = this.chain.links(partyId, null);
		}
		else {
			links = List.of();
		}
		AgreementHealth.Report report = this.health.report();
		List<AgreementHealth.LinkCoverage> coverage = report.coverage(links);
		model.addAttribute("coverage", coverage);
		model.addAttribute("agreements",
				coverage.stream()
					.flatMap((c) -> c.governing().stream())
					.map(AgreementHealth.Governing::agreement)
					.distinct()
					.toList());
		model.addAttribute("report", report);
		model.addAttribute("gaps", coverage.stream().filter(AgreementHealth.LinkCoverage::gap).toList());
		model.addAttribute("single", linkId != null);
		return "agreements/health :: coverage";
	}

	/** Every link of the chain with no agreement in force, as a page. */
	@GetMapping("/gaps")
	String gaps(Model model) {
		AgreementHealth.Report report = this.health.report();
		List<AgreementHealth.LinkCoverage> coverage = report.coverage(this.chain.links(null, null));
		model.addAttribute("gaps", coverage.stream().filter(AgreementHealth.LinkCoverage::gap).toList());
		model.addAttribute("uncoveredCustomers", coverage.stream().filter((c) -> !c.covered() && !c.gap()).count());
		return "agreements/gaps";
	}

	/** Per link: the agreement on it and its health, for the chain map. */
	@GetMapping(path = "/link-health.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<LinkHealth> linkHealth(@RequestParam(required = false) @Nullable UUID serviceId) {
		AgreementHealth.Report report = this.health.report();
		return report.coverage(this.chain.links(null, null)).stream().map((c) -> {
			AgreementHealth.Governing main = c.main();
			Health h = (main != null && main.health() != null) ? main.health().health() : null;
			return new LinkHealth(c.link().id(), main != null ? main.agreement().reference() : null,
					h != null ? h.name() : null, h != null ? h.label() : null, c.covered(), c.gap());
		}).toList();
	}

	record LinkHealth(UUID linkId, @Nullable String agreement, @Nullable String health, @Nullable String healthLabel,
			boolean covered, boolean gap) {

	}

}
