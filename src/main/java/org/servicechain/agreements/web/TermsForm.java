package org.servicechain.agreements.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.AgreementTerms;
import org.servicechain.agreements.EscalationEffect;
import org.servicechain.agreements.AgreementTerms.EscalationStep;
import org.servicechain.agreements.AgreementTerms.QualityMeasure;
import org.servicechain.agreements.AgreementTerms.Target;
import org.servicechain.agreements.ConflictRule;
import org.servicechain.agreements.Priority;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * The terms of one version as typed into the terms form, shared by the draft, the
 * counter-proposal and the portal: one target row per priority with durations as business
 * hours, lists as one item per line, quality measures as
 * {@code name | unit | target | higher|lower}, and up to {@value #ESCALATION_ROWS}
 * escalation steps.
 */
record TermsForm(@Nullable List<TargetRow> targets, @Nullable String qualityMeasures, @Nullable String providerRights,
		@Nullable String providerResponsibilities, @Nullable String consumerRights,
		@Nullable String consumerResponsibilities, @Nullable List<EscalationRow> escalationPath,
		@Nullable String remedies, @Nullable String serviceCredits, @Nullable ConflictRule conflictRule,
		@Nullable String conflictReasoning, @Nullable String benefitsToUs, @Nullable String benefitsToPartner,
		@Nullable String note, @Nullable List<MeasureRow> measures, @Nullable Integer warningPercent,
		@Nullable Boolean pauseWhileWaitingOnCustomer, @Nullable Boolean restartOnReopen,
		@Nullable String keepInformedEvery) {

	/**
	 * The form without the clock rules (their defaults apply).
	 */
	TermsForm(@Nullable List<TargetRow> targets, @Nullable String qualityMeasures, @Nullable String providerRights,
			@Nullable String providerResponsibilities, @Nullable String consumerRights,
			@Nullable String consumerResponsibilities, @Nullable List<EscalationRow> escalationPath,
			@Nullable String remedies, @Nullable String serviceCredits, @Nullable ConflictRule conflictRule,
			@Nullable String conflictReasoning, @Nullable String benefitsToUs, @Nullable String benefitsToPartner,
			@Nullable String note, @Nullable List<MeasureRow> measures) {
		this(targets, qualityMeasures, providerRights, providerResponsibilities, consumerRights,
				consumerResponsibilities, escalationPath, remedies, serviceCredits, conflictRule, conflictReasoning,
				benefitsToUs, benefitsToPartner, note, measures, null, null, null, null);
	}

	/**
	 * The form with quality measures typed as lines
	 * ({@code name | unit | target | higher}), as the API-minded callers and older forms
	 * send them.
	 */
	TermsForm(@Nullable List<TargetRow> targets, @Nullable String qualityMeasures, @Nullable String providerRights,
			@Nullable String providerResponsibilities, @Nullable String consumerRights,
			@Nullable String consumerResponsibilities, @Nullable List<EscalationRow> escalationPath,
			@Nullable String remedies, @Nullable String serviceCredits, @Nullable ConflictRule conflictRule,
			@Nullable String conflictReasoning, @Nullable String benefitsToUs, @Nullable String benefitsToPartner,
			@Nullable String note) {
		this(targets, qualityMeasures, providerRights, providerResponsibilities, consumerRights,
				consumerResponsibilities, escalationPath, remedies, serviceCredits, conflictRule, conflictReasoning,
				benefitsToUs, benefitsToPartner, note, (List<MeasureRow>) null);
	}

	static final int ESCALATION_ROWS = 3;

	private static final Pattern FIELD_INDEX = Pattern.compile("^(targets|escalationPath)\\[(\\d+)\\](.*)$");

	static TermsForm empty() {
		return of(AgreementTerms.empty());
	}

	static TermsForm of(AgreementTerms terms) {
		List<TargetRow> targets = new ArrayList<>();
		for (Priority priority : Priority.values()) {
			targets.add(terms.target(priority)
				.map((target) -> new TargetRow(priority, BusinessTime.format(target.firstResponse()),
						BusinessTime.format(target.resolution())))
				.orElse(new TargetRow(priority, "", "")));
		}
		List<EscalationRow> escalation = terms.escalationPath()
			.stream()
			.map((step) -> new EscalationRow(step.level(), step.contactId(), BusinessTime.format(step.after()),
					step.action(), step.effect()))
			.toList();
		return new TermsForm(targets,
				String.join("\n", terms.qualityMeasures().stream().map(TermsForm::measureLine).toList()),
				lines(terms.providerRights()), lines(terms.providerResponsibilities()), lines(terms.consumerRights()),
				lines(terms.consumerResponsibilities()), escalation, lines(terms.remedies()), terms.serviceCredits(),
				terms.conflictRule(), terms.conflictReasoning(), terms.benefitsToUs(), terms.benefitsToPartner(), null,
				terms.qualityMeasures()
					.stream()
					.map((m) -> new MeasureRow(m.name(), m.unit(), m.target().stripTrailingZeros().toPlainString(),
							m.higherIsBetter() ? "higher" : "lower"))
					.toList(),
				(terms.clockRules() != null) ? terms.clockRules().warningPercent() : null,
				(terms.clockRules() != null) ? terms.clockRules().pauseWhileWaitingOnCustomer() : null,
				(terms.clockRules() != null) ? terms.clockRules().restartOnReopen() : null,
				(terms.clockRules() != null && terms.clockRules().keepInformedEvery() != null)
						? BusinessTime.format(terms.clockRules().keepInformedEvery()) : "");
	}

	/**
	 * @return one row per priority, in priority order, as the form shows them. Public for
	 * the templates.
	 */
	public List<TargetRow> targetRows() {
		List<TargetRow> rows = new ArrayList<>();
		Priority[] priorities = Priority.values();
		for (int i = 0; i < priorities.length; i++) {
			TargetRow given = (this.targets != null && i < this.targets.size()) ? this.targets.get(i) : null;
			rows.add(new TargetRow(priorities[i], given != null ? given.firstResponse() : "",
					given != null ? given.resolution() : ""));
		}
		return rows;
	}

	/**
	 * @return the escalation steps given, padded with empty rows to at least
	 * {@value #ESCALATION_ROWS}.
	 */
	public List<EscalationRow> escalationRows() {
		List<EscalationRow> rows = new ArrayList<>(this.escalationPath != null ? this.escalationPath : List.of());
		while (rows.size() < ESCALATION_ROWS) {
			rows.add(new EscalationRow(rows.size() + 1, null, "", "", null));
		}
		return rows;
	}

	/**
	 * Reads the form into terms.
	 * @throws InvalidInputException naming every field that cannot be read, e.g.
	 * {@code targets[0].resolution} for a duration that is not one.
	 */
	Parsed parse() {
		List<FieldViolation> violations = new ArrayList<>();
		List<Target> targets = new ArrayList<>();
		List<Integer> targetRows = new ArrayList<>();
		List<TargetRow> rows = targetRows();
		for (int i = 0; i < rows.size(); i++) {
			TargetRow row = rows.get(i);
			String field = "targets[" + i + "]";
			Duration firstResponse = duration(field + ".firstResponse", row.firstResponse(), violations);
			Duration resolution = duration(field + ".resolution", row.resolution(), violations);
			boolean firstGiven = !isBlank(row.firstResponse());
			boolean resolutionGiven = !isBlank(row.resolution());
			if (firstGiven && !resolutionGiven) {
				violations.add(new FieldViolation(field + ".resolution", "required",
						"give a resolution target as well as the first response"));
			}
			else if (resolutionGiven && !firstGiven) {
				violations.add(new FieldViolation(field + ".firstResponse", "required",
						"give a first response target as well as the resolution"));
			}
			if (firstResponse != null && resolution != null) {
				targets.add(new Target(row.priority() != null ? row.priority() : Priority.values()[i], firstResponse,
						resolution));
				targetRows.add(i);
			}
		}
		List<EscalationStep> escalation = new ArrayList<>();
		List<Integer> escalationRows = new ArrayList<>();
		List<EscalationRow> steps = escalationRows();
		for (int i = 0; i < steps.size(); i++) {
			EscalationRow row = steps.get(i);
			String field = "escalationPath[" + i + "]";
			if (row.contactId() == null && isBlank(row.after()) && isBlank(row.action())) {
				continue;
			}
			Duration after = duration(field + ".after", row.after(), violations);
			if (row.contactId() == null) {
				violations.add(new FieldViolation(field + ".contactId", "required", "choose who is brought in"));
				continue;
			}
			int level = (row.level() != null) ? row.level() : i + 1;
			if (level < 1 || level > 5) {
				violations.add(new FieldViolation(field + ".level", "range", "levels go from 1 to 5"));
			}
			escalation.add(new EscalationStep(level, row.contactId(), after, blankToNull(row.action()),
					(row.effect() != EscalationEffect.NOTIFY) ? row.effect() : null));
			escalationRows.add(i);
		}
		List<QualityMeasure> measures = (this.measures != null) ? measures(this.measures, violations)
				: measures(this.qualityMeasures, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		AgreementTerms terms = new AgreementTerms(targets, measures, items(this.providerRights),
				items(this.providerResponsibilities), items(this.consumerRights), items(this.consumerResponsibilities),
				escalation, items(this.remedies), blankToNull(this.serviceCredits), this.conflictRule,
				blankToNull(this.conflictReasoning), blankToNull(this.benefitsToUs),
				blankToNull(this.benefitsToPartner));
		Duration keepInformed = duration("clockRules.keepInformedEvery", this.keepInformedEvery, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		if (this.warningPercent != null || this.pauseWhileWaitingOnCustomer != null || this.restartOnReopen != null
				|| keepInformed != null) {
			terms = terms.withClockRules(new AgreementTerms.ClockRules(this.warningPercent,
					this.pauseWhileWaitingOnCustomer, this.restartOnReopen, keepInformed));
		}
		return new Parsed(terms, targetRows, escalationRows);
	}

	/**
	 * Terms read from the form, remembering which form row each target and escalation
	 * step came from: the facade names fields by their position among the terms, the form
	 * by its row, and blank rows are left out.
	 */
	record Parsed(AgreementTerms terms, List<Integer> targetRows, List<Integer> escalationRows) {

		/**
		 * @return the errors keyed by the form's field names.
		 */
		Map<String, String> toFormFields(Map<String, String> errors) {
			Map<String, String> result = new LinkedHashMap<>();
			errors.forEach((field, message) -> result.putIfAbsent(formField(field), message));
			return result;
		}

		String formField(String field) {
			Matcher matcher = FIELD_INDEX.matcher(field);
			if (!matcher.matches()) {
				return field;
			}
			List<Integer> rows = matcher.group(1).equals("targets") ? this.targetRows : this.escalationRows;
			int index = Integer.parseInt(matcher.group(2));
			int row = index < rows.size() ? rows.get(index) : index;
			return matcher.group(1) + "[" + row + "]" + matcher.group(3);
		}

	}

	/**
	 * One priority's targets as typed.
	 */
	/**
	 * One quality measure as the form's row shows it.
	 *
	 * @param better {@code higher} or {@code lower}: which way is better
	 */
	record MeasureRow(@Nullable String name, @Nullable String unit, @Nullable String target, @Nullable String better) {

		boolean blank() {
			return isBlank(this.name) && isBlank(this.unit) && isBlank(this.target);
		}

	}

	record TargetRow(@Nullable Priority priority, @Nullable String firstResponse, @Nullable String resolution) {

	}

	/**
	 * One escalation step as typed.
	 */
	record EscalationRow(@Nullable Integer level, @Nullable UUID contactId, @Nullable String after,
			@Nullable String action, @Nullable EscalationEffect effect) {

		EscalationRow(@Nullable Integer level, @Nullable UUID contactId, @Nullable String after,
				@Nullable String action) {
			this(level, contactId, after, action, null);
		}

	}

	static List<QualityMeasure> measures(@Nullable String text, List<FieldViolation> violations) {
		List<QualityMeasure> measures = new ArrayList<>();
		List<String> lines = items(text);
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = lines.get(i).split("\\|", -1);
			String where = "line " + (i + 1) + " ('" + lines.get(i) + "'): ";
			if (parts.length < 3 || parts.length > 4) {
				violations.add(new FieldViolation("qualityMeasures", "format",
						where + "write name | unit | target | higher or lower"));
				continue;
			}
			String name = parts[0].strip();
			String unit = parts[1].strip();
			BigDecimal target;
			try {
				target = new BigDecimal(parts[2].strip().replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				violations.add(new FieldViolation("qualityMeasures", "number", where + "the target must be a number"));
				continue;
			}
			String direction = (parts.length == 4) ? parts[3].strip().toLowerCase(Locale.ROOT) : "higher";
			boolean higherIsBetter;
			switch (direction) {
				case "higher", "higher is better", ">=", "≥", "" -> higherIsBetter = true;
				case "lower", "lower is better", "<=", "≤" -> higherIsBetter = false;
				default -> {
					violations.add(new FieldViolation("qualityMeasures", "direction",
							where + "say whether higher or lower is better"));
					continue;
				}
			}
			if (name.isEmpty() || unit.isEmpty()) {
				violations
					.add(new FieldViolation("qualityMeasures", "required", where + "give both a name and a unit"));
				continue;
			}
			measures.add(new QualityMeasure(name, unit, target, higherIsBetter));
		}
		return measures;
	}

	/**
	 * @return the quality measures as rows, with one empty row to add another. Public for
	 * the templates.
	 */
	public List<MeasureRow> measureRows() {
		List<MeasureRow> rows = new ArrayList<>();
		if (this.measures != null) {
			this.measures.stream().filter((row) -> !row.blank()).forEach(rows::add);
		}
		else {
			for (String line : items(this.qualityMeasures)) {
				String[] parts = line.split("\\|", -1);
				rows.add(new MeasureRow(part(parts, 0), part(parts, 1), part(parts, 2),
						part(parts, 3).isEmpty() ? "higher" : part(parts, 3).toLowerCase(Locale.ROOT)));
			}
		}
		rows.add(new MeasureRow("", "", "", "higher"));
		return rows;
	}

	private static String part(String[] parts, int index) {
		return (index < parts.length) ? parts[index].strip() : "";
	}

	static List<QualityMeasure> measures(List<MeasureRow> rows, List<FieldViolation> violations) {
		List<QualityMeasure> measures = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			MeasureRow row = rows.get(i);
			if (row == null || row.blank()) {
				continue;
			}
			String field = "measures[" + i + "]";
			if (isBlank(row.name())) {
				violations.add(new FieldViolation(field + ".name", "required", "give the measure a name"));
			}
			if (isBlank(row.unit())) {
				violations.add(new FieldViolation(field + ".unit", "required", "give a unit, e.g. % or points"));
			}
			BigDecimal target = null;
			try {
				target = new BigDecimal(String.valueOf(row.target()).strip().replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				violations.add(new FieldViolation(field + ".target", "number", "the target must be a number"));
			}
			if (!isBlank(row.name()) && !isBlank(row.unit()) && target != null) {
				measures.add(new QualityMeasure(row.name().strip(), row.unit().strip(), target,
						!"lower".equalsIgnoreCase(String.valueOf(row.better()))));
			}
		}
		return measures;
	}

	static String measureLine(QualityMeasure measure) {
		return measure.name() + " | " + measure.unit() + " | " + measure.target().stripTrailingZeros().toPlainString()
				+ " | " + (measure.higherIsBetter() ? "higher" : "lower");
	}

	/**
	 * @return the non-blank lines of a text area, stripped.
	 */
	static List<String> items(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private static String lines(List<String> items) {
		return String.join("\n", items);
	}

	private static @Nullable Duration duration(String field, @Nullable String text, List<FieldViolation> violations) {
		try {
			return BusinessTime.parse(field, text);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.getViolations());
			return null;
		}
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return isBlank(text) ? null : text.strip();
	}

}
