package org.servicechain.agreements;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Two versions of an agreement's terms side by side, line by line, with the lines that
 * differ marked (AGREE-3): targets per priority, quality measures, rights and
 * responsibilities, escalation and remedies, the conflict rule, and the benefits to each
 * side.
 */
public record TermsDiff(int from, int to, List<Line> lines) {

	public long changedLines() {
		return this.lines.stream().filter(Line::changed).count();
	}

	/**
	 * One line of the comparison.
	 */
	public record Line(String section, String item, @Nullable String before, @Nullable String after) {

		public boolean changed() {
			return !Objects.equals(this.before, this.after);
		}

	}

	static TermsDiff between(int from, AgreementTerms before, int to, AgreementTerms after,
			Function<UUID, String> contactNames) {
		List<Line> lines = new ArrayList<>();
		for (Priority priority : Priority.values()) {
			lines.add(new Line("Targets", priority.label() + " first response",
					before.target(priority).map((t) -> AgreementManagement.hours(t.firstResponse())).orElse(null),
					after.target(priority).map((t) -> AgreementManagement.hours(t.firstResponse())).orElse(null)));
			lines.add(new Line("Targets", priority.label() + " resolution",
					before.target(priority).map((t) -> AgreementManagement.hours(t.resolution())).orElse(null),
					after.target(priority).map((t) -> AgreementManagement.hours(t.resolution())).orElse(null)));
		}
		list(lines, "Quality measures",
				before.qualityMeasures().stream().map(AgreementTerms.QualityMeasure::describe).toList(),
				after.qualityMeasures().stream().map(AgreementTerms.QualityMeasure::describe).toList());
		list(lines, "Provider's rights", before.providerRights(), after.providerRights());
		list(lines, "Provider's responsibilities", before.providerResponsibilities(), after.providerResponsibilities());
		list(lines, "Consumer's rights", before.consumerRights(), after.consumerRights());
		list(lines, "Consumer's responsibilities", before.consumerResponsibilities(), after.consumerResponsibilities());
		list(lines, "Escalation path", escalation(before, contactNames), escalation(after, contactNames));
		list(lines, "Remedies", before.remedies(), after.remedies());
		lines.add(new Line("When targets are not met", "Service credits", before.serviceCredits(),
				after.serviceCredits()));
		lines.add(new Line("Internal and external demands", "Rule",
				before.conflictRule() != null ? before.conflictRule().label() : null,
				after.conflictRule() != null ? after.conflictRule().label() : null));
		lines.add(new Line("Internal and external demands", "Reasoning", before.conflictReasoning(),
				after.conflictReasoning()));
		lines.add(new Line("Benefits", "To our organisation", before.benefitsToUs(), after.benefitsToUs()));
		lines.add(new Line("Benefits", "To the partner", before.benefitsToPartner(), after.benefitsToPartner()));
		return new TermsDiff(from, to, List.copyOf(lines));
	}

	private static List<String> escalation(AgreementTerms terms, Function<UUID, String> contactNames) {
		return terms.escalationPath()
			.stream()
			.map((step) -> "Level " + step.level() + ": " + contactNames.apply(step.contactId())
					+ (step.after() != null ? " after " + AgreementManagement.hours(step.after()) : "")
					+ (step.action() != null ? " (" + step.action() + ")" : ""))
			.toList();
	}

	private static void list(List<Line> lines, String section, List<String> before, List<String> after) {
		int count = Math.max(before.size(), after.size());
		for (int i = 0; i < count; i++) {
			lines.add(new Line(section, "#" + (i + 1), i < before.size() ? before.get(i) : null,
					i < after.size() ? after.get(i) : null));
		}
	}

}
