package org.servicechain.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Sufficiency of the evidence for one criterion, as a guide for practitioner and assessor
 * (REP-3). A criterion of what the practitioner does (assessment and performance
 * criteria) has enough when at least {@value #MIN_PIECES} pieces cover at least
 * {@value #MIN_OCCASIONS} different days and, where the pieces name customers, at least
 * {@value #MIN_CUSTOMERS} different customers ("different customers on different
 * occasions"); a knowledge item or evidence requirement has enough with one piece. Days
 * are counted in London, where the organisation works.
 */
final class SufficiencyPolicy {

	static final int MIN_PIECES = 2;

	static final int MIN_OCCASIONS = 2;

	static final int MIN_CUSTOMERS = 2;

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	/**
	 * One piece as far as sufficiency is concerned.
	 */
	record Piece(Instant occurredAt, @Nullable UUID customerId) {

	}

	private SufficiencyPolicy() {
	}

	static SufficiencyView of(CriterionKind kind, Collection<Piece> pieces) {
		if (pieces.isEmpty()) {
			return new SufficiencyView(0, null, null, 0, 0, 0, false);
		}
		Set<LocalDate> days = new HashSet<>();
		Set<UUID> customers = new HashSet<>();
		boolean anyCustomer = false;
		LocalDate from = null;
		LocalDate to = null;
		for (Piece piece : pieces) {
			LocalDate day = LocalDate.ofInstant(piece.occurredAt(), ZONE);
			days.add(day);
			from = (from == null || day.isBefore(from)) ? day : from;
			to = (to == null || day.isAfter(to)) ? day : to;
			if (piece.customerId() != null) {
				anyCustomer = true;
				customers.add(piece.customerId());
			}
		}
		boolean performance = kind == CriterionKind.ASSESSMENT_CRITERION || kind == CriterionKind.PERFORMANCE_CRITERION;
		boolean enough = !performance || (pieces.size() >= MIN_PIECES && days.size() >= MIN_OCCASIONS
				&& (!anyCustomer || customers.size() >= MIN_CUSTOMERS));
		return new SufficiencyView(pieces.size(), from, to, ChronoUnit.DAYS.between(from, to) + 1, customers.size(),
				days.size(), enough);
	}

}
