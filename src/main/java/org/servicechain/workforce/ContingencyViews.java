package org.servicechain.workforce;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Contingency procedures and incidents as pages and the API show them (WF-4).
 */
public final class ContingencyViews {

	private ContingencyViews() {
	}

	public record ProcedureView(UUID id, long version, String title, Situation situation, String situationLabel,
			@Nullable UUID partyId, @Nullable String partyName, List<ProcedureDetails.Step> steps,
			@Nullable String contacts, Instant updatedAt) {

		/** The steps one per line, as the form edits them. */
		public String stepsText() {
			return String.join("\n", this.steps.stream().map(ProcedureDetails.Step::line).toList());
		}

	}

	/**
	 * @param doneByName who ticked it, by display name
	 */
	public record StepView(int index, @Nullable String role, String text, @Nullable Instant doneAt,
			@Nullable String doneByName, @Nullable String note) {

		public boolean done() {
			return this.doneAt != null;
		}

	}

	/**
	 * @param affectedServices services downstream of the party the procedure concerns
	 * @param affectedCustomers the customers those services reach, through the chain
	 * @param openRequests open requests for the affected services
	 */
	public record IncidentView(UUID id, long version, UUID procedureId, String title, String situationLabel,
			@Nullable UUID partyId, @Nullable String partyName, @Nullable String contacts, @Nullable String note,
			Instant openedAt, String openedByName, @Nullable Instant closedAt, @Nullable String closedByName,
			@Nullable String whatHappened, @Nullable String whatChanges, List<StepView> steps,
			List<Affected> affectedServices, List<Affected> affectedCustomers, long openRequests) {

		public boolean open() {
			return this.closedAt == null;
		}

		public long stepsDone() {
			return this.steps.stream().filter(StepView::done).count();
		}

	}

	/**
	 * One incident in a list.
	 */
	public record IncidentSummary(UUID id, String title, String situationLabel, Instant openedAt, String openedByName,
			@Nullable Instant closedAt, int steps, int stepsDone) {

		public boolean open() {
			return this.closedAt == null;
		}

	}

	public record Affected(UUID id, String name) {

	}

}
