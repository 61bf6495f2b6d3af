package org.servicechain.agreements.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.servicechain.agreements.AgreementKind;
import org.servicechain.agreements.AgreementTerms;
import org.servicechain.agreements.ConflictRule;
import org.servicechain.agreements.Priority;

/**
 * Starting points for a new agreement, so nobody faces the long form blank: usual
 * targets, measures, rights and responsibilities for each kind, to be edited.
 */
final class AgreementTemplates {

	private AgreementTemplates() {
	}

	static AgreementTerms of(AgreementKind kind) {
		// Resolution targets in business hours for P1 to P4; first response an eighth of
		// each, at least 15 minutes.
		int[] resolutionHours = switch (kind) {
			case CUSTOMER_SLA -> new int[] { 8, 16, 24, 40 };
			case OLA -> new int[] { 4, 8, 16, 32 };
			case UNDERPINNING_CONTRACT -> new int[] { 4, 8, 16, 24 };
		};
		List<AgreementTerms.Target> targets = new ArrayList<>();
		for (Priority priority : Priority.values()) {
			Duration resolution = Duration.ofHours(resolutionHours[priority.ordinal()]);
			Duration response = resolution.dividedBy(8);
			targets.add(new AgreementTerms.Target(priority,
					response.compareTo(Duration.ofMinutes(15)) < 0 ? Duration.ofMinutes(15) : response, resolution));
		}
		return switch (kind) {
			case CUSTOMER_SLA -> new AgreementTerms(targets,
					List.of(new AgreementTerms.QualityMeasure(
							"Customer satisfaction", "points", new BigDecimal("4.2"), true)),
					List.of("To be told of changes to the service a month ahead"),
					List.of("Resolve within the targets below, counted in this agreement's business calendar",
							"Keep the customer informed at every change of status"),
					List.of("Escalate a request that is overdue"),
					List.of("Raise requests through the agreed channels", "Answer questions within two working days"),
					List.of(), List.of("Service credit on a missed critical target"), null,
					ConflictRule.PRIORITY_THEN_EXTERNAL, "Priority decides; between equal priorities customers first.",
					"A promise we can keep, checked along the chain", "Predictable service and a way to escalate");
			case OLA -> new AgreementTerms(targets,
					List.of(new AgreementTerms.QualityMeasure("First-contact resolution", "%", new BigDecimal("70"),
							true)),
					List.of("To be told of demand peaks a week ahead"),
					List.of("Resolve within the targets below, counted in this agreement's business calendar"),
					List.of("Hand over work with what is needed to start"),
					List.of("Raise work through the agreed channel"), List.of(),
					List.of("Root-cause report within 5 working days of a breach"), null,
					ConflictRule.PRIORITY_THEN_EXTERNAL, "Priority decides; between equal priorities external first.",
					"Targets our customer promises can rest on", "Steady volume and early warning of peaks");
			case UNDERPINNING_CONTRACT -> new AgreementTerms(targets,
					List.of(new AgreementTerms.QualityMeasure("On-time delivery", "%", new BigDecimal("95"), true)),
					List.of("Payment within 30 days of invoice"),
					List.of("Resolve within the targets below, counted in this agreement's business calendar",
							"Report monthly on the quality measures"),
					List.of("Service credits when targets are missed"),
					List.of("Raise work through the agreed channel"), List.of(),
					List.of("Service credits", "Termination after three critical breaches in a quarter"),
					"5% of the monthly charge per missed critical target", ConflictRule.EXTERNAL_FIRST,
					"Our customers' work comes first.", "A supplier whose targets our promises can rest on",
					"Steady volume and a long-term relationship");
		};
	}

}
