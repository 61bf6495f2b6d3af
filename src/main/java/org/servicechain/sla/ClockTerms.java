package org.servicechain.sla;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.servicechain.agreements.AgreementTerms;
import org.servicechain.agreements.Priority;

/**
 * The targets and clock rules one agreement version sets, as the clock mapping needs
 * them.
 */
public record ClockTerms(Map<Priority, AgreementTerms.Target> targets, ClockRules rules) {

	public ClockTerms {
		targets = Map.copyOf(targets);
	}

	public static ClockTerms of(AgreementTerms terms, ClockRules rules) {
		java.util.EnumMap<Priority, AgreementTerms.Target> byPriority = new java.util.EnumMap<>(Priority.class);
		terms.targets().forEach((target) -> byPriority.put(target.priority(), target));
		return new ClockTerms(byPriority, rules);
	}

	Optional<Duration> firstResponse(Priority priority) {
		return Optional.ofNullable(this.targets.get(priority)).map(AgreementTerms.Target::firstResponse);
	}

	Optional<Duration> resolution(Priority priority) {
		return Optional.ofNullable(this.targets.get(priority)).map(AgreementTerms.Target::resolution);
	}

}
