package org.servicechain.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.servicechain.agreements.AgreementKind;
import org.servicechain.agreements.ConflictRule;
import org.servicechain.agreements.Priority;
import org.servicechain.requests.InternalExternalConflictPolicy.Decision;
import org.servicechain.requests.InternalExternalConflictPolicy.Item;
import org.servicechain.requests.InternalExternalConflictPolicy.RuleSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests module's pure rules (REQ-4, REQ-5): the priority matrix, the
 * internal-versus-external conflict policy that orders queues, and least-loaded automatic
 * assignment.
 */
class PoliciesUnitTests {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void itilMatrixGivesTheCommonPriorities() {
		PriorityMatrix matrix = PriorityMatrix.itil();
		assertThat(matrix.priorityOf(Level.HIGH, Level.HIGH)).isEqualTo(Priority.P1);
		assertThat(matrix.priorityOf(Level.HIGH, Level.MEDIUM)).isEqualTo(Priority.P2);
		assertThat(matrix.priorityOf(Level.MEDIUM, Level.HIGH)).isEqualTo(Priority.P2);
		assertThat(matrix.priorityOf(Level.MEDIUM, Level.MEDIUM)).isEqualTo(Priority.P3);
		assertThat(matrix.priorityOf(Level.LOW, Level.HIGH)).isEqualTo(Priority.P3);
		assertThat(matrix.priorityOf(Level.LOW, Level.LOW)).isEqualTo(Priority.P4);
		assertThat(PriorityMatrix.decode(matrix.encode())).isEqualTo(matrix);
	}

	Item external(Priority priority, long dueInMinutes) {
		return new Item(false, priority, NOW.plusSeconds(dueInMinutes * 60), NOW.minusSeconds(3600));
	}

	Item internal(Priority priority, long dueInMinutes) {
		return new Item(true, priority, NOW.plusSeconds(dueInMinutes * 60), NOW.minusSeconds(3600));
	}

	List<Item> ordered(ConflictRule rule, Item... items) {
		List<Item> list = new ArrayList<>(List.of(items));
		list.sort(InternalExternalConflictPolicy.order(rule, NOW));
		return list;
	}

	@Test
	void overdueWorkComesFirstWhateverTheRule() {
		Item overdueInternal = internal(Priority.P4, -30);
		Item longerOverdue = internal(Priority.P4, -90);
		Item externalP1 = external(Priority.P1, 10);
		for (ConflictRule rule : ConflictRule.values()) {
			assertThat(ordered(rule, externalP1, overdueInternal, longerOverdue)).as(rule.name())
				.containsExactly(longerOverdue, overdueInternal, externalP1);
		}
		assertThat(ordered(null, externalP1, overdueInternal)).containsExactly(overdueInternal, externalP1);
	}

	@Test
	void externalFirstPutsExternalCustomersAheadOfSoonerInternalWork() {
		Item internalSoon = internal(Priority.P1, 30);
		Item externalLater = external(Priority.P3, 300);
		assertThat(ordered(ConflictRule.EXTERNAL_FIRST, internalSoon, externalLater)).containsExactly(externalLater,
				internalSoon);
	}

	@Test
	void priorityThenExternalOrdersByPriorityBeforeCustomerKind() {
		Item internalP1 = internal(Priority.P1, 300);
		Item externalP2 = external(Priority.P2, 30);
		Item internalP2 = internal(Priority.P2, 10);
		assertThat(ordered(ConflictRule.PRIORITY_THEN_EXTERNAL, externalP2, internalP2, internalP1))
			.containsExactly(internalP1, externalP2, internalP2);
	}

	@Test
	void safetyCriticalInternalWorkGoesFirstThenDue() {
		Item internalP1 = internal(Priority.P1, 600);
		Item externalP1 = external(Priority.P1, 60);
		Item internalP3 = internal(Priority.P3, 30);
		assertThat(ordered(ConflictRule.INTERNAL_FIRST_SAFETY_CRITICAL, externalP1, internalP3, internalP1))
			.containsExactly(internalP1, internalP3, externalP1);
	}

	@Test
	void withoutARuleWhatIsDueFirstComesFirstAndWorkWithoutDueTimeLast() {
		Item noDue = new Item(false, Priority.P1, null, NOW.minusSeconds(60));
		Item soon = internal(Priority.P4, 20);
		Item later = external(Priority.P1, 200);
		assertThat(ordered(null, noDue, later, soon)).containsExactly(soon, later, noDue);
	}

	@Test
	void aCustomerSlasRuleWinsWhenTheTeamsAgreementsDisagreeAndTheQueueSaysSo() {
		Decision decision = InternalExternalConflictPolicy
			.decide(List.of(new RuleSource(ConflictRule.PRIORITY_ONLY, AgreementKind.OLA, "AGR-1003"),
					new RuleSource(ConflictRule.EXTERNAL_FIRST, AgreementKind.CUSTOMER_SLA, "AGR-1009")));
		assertThat(decision.rule()).isEqualTo(ConflictRule.EXTERNAL_FIRST);
		assertThat(decision.source()).isEqualTo("AGR-1009");
		assertThat(decision.disagreement()).contains("AGR-1003 says \"By priority only\"").contains("customer SLA");
		assertThat(InternalExternalConflictPolicy.decide(List.of()).rule()).isNull();
	}

	@Test
	void explainsWhyAnItemStandsWhereItDoes() {
		Decision decision = new Decision(ConflictRule.EXTERNAL_FIRST, "AGR-1009", null);
		assertThat(InternalExternalConflictPolicy.why(external(Priority.P2, 90), decision, NOW))
			.isEqualTo("External customer, due in 1 h 30 min: external customers first (AGR-1009)");
		assertThat(InternalExternalConflictPolicy.why(internal(Priority.P2, -45), decision, NOW))
			.isEqualTo("Overdue by 45 min: overdue work comes first");
	}

	@Test
	void autoAssignmentGivesWorkToTheLeastLoadedAvailableSkilledPerson() {
		UUID delivery = UUID.randomUUID();
		UUID repair = UUID.randomUUID();
		var busyGeneralist = new AutoAssignmentPolicy.Candidate("ann", true, true, Set.of(), Set.of(), 9);
		var idleRepairer = new AutoAssignmentPolicy.Candidate("bob", true, true, Set.of(repair), Set.of(), 0);
		var deliveryExpert = new AutoAssignmentPolicy.Candidate("cat", true, true, Set.of(delivery), Set.of(), 3);
		var absent = new AutoAssignmentPolicy.Candidate("dan", true, false, Set.of(), Set.of(), 0);
		var optedOut = new AutoAssignmentPolicy.Candidate("eve", false, true, Set.of(), Set.of(), 0);
		var candidates = List.of(busyGeneralist, idleRepairer, deliveryExpert, absent, optedOut);
		assertThat(AutoAssignmentPolicy.choose(candidates, delivery, null)).contains("cat");
		assertThat(AutoAssignmentPolicy.choose(candidates, repair, null)).contains("bob");
		assertThat(AutoAssignmentPolicy.choose(List.of(idleRepairer, absent), delivery, null)).isEmpty();
		var billing = new AutoAssignmentPolicy.Candidate("fay", true, true, Set.of(), Set.of("Billing"), 5);
		assertThat(AutoAssignmentPolicy.choose(List.of(billing, busyGeneralist), UUID.randomUUID(), "Billing"))
			.contains("fay");
	}

}
