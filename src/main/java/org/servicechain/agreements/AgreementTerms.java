package org.servicechain.agreements;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What one version of an agreement says (AGREE-2; B9 2.6, 3.1, 3.3): targets per priority
 * in business time of the agreement's calendar, optional quality measures, rights and
 * responsibilities of each side, what happens when targets are not met (escalation path,
 * remedies, service credits), the rule for internal-versus-external conflicts, and the
 * benefits to each side (AGREE-3; B9 2.3). Terms are values: a new version is a new
 * value, never an edit of an agreed one.
 */
public record AgreementTerms(@Valid @Size(max = 4) List<Target> targets,
		@Valid @Size(max = 20) List<QualityMeasure> qualityMeasures,
		@Size(max = 30) List<@NotBlank String> providerRights,
		@Size(max = 30) List<@NotBlank String> providerResponsibilities,
		@Size(max = 30) List<@NotBlank String> consumerRights,
		@Size(max = 30) List<@NotBlank String> consumerResponsibilities,
		@Valid @Size(max = 10) List<EscalationStep> escalationPath, @Size(max = 20) List<@NotBlank String> remedies,
		@Nullable @Size(max = 2000) String serviceCredits, @Nullable ConflictRule conflictRule,
		@Nullable @Size(max = 2000) String conflictReasoning, @Nullable @Size(max = 2000) String benefitsToUs,
		@Nullable @Size(max = 2000) String benefitsToPartner, @Valid @Nullable ClockRules clockRules) {

	/**
	 * Terms without clock rules: the defaults apply (see {@link ClockRules}).
	 */
	public AgreementTerms(List<Target> targets, List<QualityMeasure> qualityMeasures, List<String> providerRights,
			List<String> providerResponsibilities, List<String> consumerRights, List<String> consumerResponsibilities,
			List<EscalationStep> escalationPath, List<String> remedies, @Nullable String serviceCredits,
			@Nullable ConflictRule conflictRule, @Nullable String conflictReasoning, @Nullable String benefitsToUs,
			@Nullable String benefitsToPartner) {
		this(targets, qualityMeasures, providerRights, providerResponsibilities, consumerRights,
				consumerResponsibilities, escalationPath, remedies, serviceCredits, conflictRule, conflictReasoning,
				benefitsToUs, benefitsToPartner, null);
	}

	public AgreementTerms {
		targets = targets == null ? List.of() : List.copyOf(targets);
		qualityMeasures = qualityMeasures == null ? List.of() : List.copyOf(qualityMeasures);
		providerRights = providerRights == null ? List.of() : List.copyOf(providerRights);
		providerResponsibilities = providerResponsibilities == null ? List.of() : List.copyOf(providerResponsibilities);
		consumerRights = consumerRights == null ? List.of() : List.copyOf(consumerRights);
		consumerResponsibilities = consumerResponsibilities == null ? List.of() : List.copyOf(consumerResponsibilities);
		escalationPath = escalationPath == null ? List.of() : List.copyOf(escalationPath);
		remedies = remedies == null ? List.of() : List.copyOf(remedies);
	}

	public static AgreementTerms empty() {
		return new AgreementTerms(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public Optional<Target> target(Priority priority) {
		return this.targets.stream().filter((target) -> target.priority() == priority).findFirst();
	}

	/**
	 * A promised first response and resolution for one priority, in business time.
	 */
	public record Target(@NotNull Priority priority, @NotNull Duration firstResponse, @NotNull Duration resolution) {

	}

	/**
	 * A quality measure such as first-contact resolution ≥ 70 % or CSAT ≥ 4.2.
	 */
	public record QualityMeasure(@NotBlank @Size(max = 80) String name, @NotBlank @Size(max = 20) String unit,
			@NotNull BigDecimal target, boolean higherIsBetter) {

		public String describe() {
			return this.name + (this.higherIsBetter ? " ≥ " : " ≤ ") + this.target.stripTrailingZeros().toPlainString()
					+ " " + this.unit;
		}

	}

	/**
	 * @return these terms with other clock rules
	 */
	public AgreementTerms withClockRules(@Nullable ClockRules rules) {
		return new AgreementTerms(this.targets, this.qualityMeasures, this.providerRights,
				this.providerResponsibilities, this.consumerRights, this.consumerResponsibilities, this.escalationPath,
				this.remedies, this.serviceCredits, this.conflictRule, this.conflictReasoning, this.benefitsToUs,
				this.benefitsToPartner, rules);
	}

	/**
	 * How the agreement's clocks run (REQ-3). Any part left empty takes its default: warn
	 * at 75 % of a target, waiting on the customer pauses the customer's clocks, a reopen
	 * resumes the resolution clock where it stopped, no keep-informed clock.
	 *
	 * @param warningPercent share of a target at which people are warned, 1–99
	 * @param pauseWhileWaitingOnCustomer whether waiting on the customer pauses the
	 * customer's first response and resolution clocks
	 * @param restartOnReopen whether a reopened request's resolution clock restarts from
	 * zero (else it resumes)
	 * @param keepInformedEvery the longest business time a customer waits for a public
	 * update while the request is open
	 */
	public record ClockRules(@Nullable @Min(1) @Max(99) Integer warningPercent,
			@Nullable Boolean pauseWhileWaitingOnCustomer, @Nullable Boolean restartOnReopen,
			@Nullable Duration keepInformedEvery) {

		public int warningPercentOrDefault() {
			return (this.warningPercent != null) ? this.warningPercent : 75;
		}

		public boolean pausesWhileWaitingOnCustomer() {
			return this.pauseWhileWaitingOnCustomer == null || this.pauseWhileWaitingOnCustomer;
		}

		public boolean restartsOnReopen() {
			return this.restartOnReopen != null && this.restartOnReopen;
		}

	}

	/**
	 * One step of the escalation path: after this much business time without resolution,
	 * the named contact at this level is brought in, and the step's effect is taken (left
	 * out: {@link EscalationEffect#NOTIFY}).
	 */
	public record EscalationStep(@Min(1) @Max(5) int level, @NotNull UUID contactId, @Nullable Duration after,
			@Nullable @Size(max = 300) String action, @Nullable EscalationEffect effect) {

		public EscalationStep(int level, UUID contactId, @Nullable Duration after, @Nullable String action) {
			this(level, contactId, after, action, null);
		}

		public EscalationEffect effectOrNotify() {
			return (this.effect != null) ? this.effect : EscalationEffect.NOTIFY;
		}

	}

}
