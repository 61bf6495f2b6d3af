package org.servicechain.complaints;

import java.math.BigDecimal;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Who may approve which remedy up to what value (CMP-2, 328 5.2): the complaints policy
 * lets whoever handles a complaint give a remedy up to its discretion limit; above it, an
 * approver must be named, a contact who may approve spending with a spend limit at least
 * the remedy's value; at or above the senior threshold, the approver must also stand at
 * the policy's escalation level or higher. The authority is what is recorded on the
 * contact in the chain.
 */
public final class RemedyAuthorityPolicy {

	private RemedyAuthorityPolicy() {
	}

	/**
	 * The approver's authority as recorded on their contact.
	 */
	public record Authority(String name, boolean canApproveSpend, @Nullable BigDecimal spendLimit,
			@Nullable Integer escalationLevel) {

	}

	/**
	 * The policy's limits.
	 */
	public record Limits(BigDecimal discretionLimit, @Nullable BigDecimal seniorThreshold,
			@Nullable Integer seniorLevel) {

	}

	/**
	 * @return why the remedy may not be given as proposed, or empty when it may
	 */
	public static Optional<String> refusal(Limits limits, BigDecimal value, @Nullable Authority approver) {
		if (value.signum() < 0) {
			return Optional.of("A remedy's value cannot be negative");
		}
		if (value.compareTo(limits.discretionLimit()) <= 0) {
			return Optional.empty();
		}
		if (approver == null) {
			return Optional.of("A remedy of " + money(value) + " is above the handler's discretion of "
					+ money(limits.discretionLimit()) + ": name an approver with the authority to spend it");
		}
		if (!approver.canApproveSpend()) {
			return Optional.of(approver.name() + " may not approve spending");
		}
		if (approver.spendLimit() == null || approver.spendLimit().compareTo(value) < 0) {
			return Optional.of(approver.name() + " may approve up to "
					+ (approver.spendLimit() == null ? "no set amount" : money(approver.spendLimit())) + ", not "
					+ money(value));
		}
		if (limits.seniorThreshold() != null && limits.seniorLevel() != null
				&& value.compareTo(limits.seniorThreshold()) >= 0
				&& (approver.escalationLevel() == null || approver.escalationLevel() < limits.seniorLevel())) {
			return Optional.of("A remedy of " + money(limits.seniorThreshold()) + " or more needs an approver at level "
					+ limits.seniorLevel() + " or above; " + approver.name() + " is at "
					+ (approver.escalationLevel() == null ? "no level" : "level " + approver.escalationLevel()));
		}
		return Optional.empty();
	}

	static String money(BigDecimal value) {
		return "£" + value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

}
