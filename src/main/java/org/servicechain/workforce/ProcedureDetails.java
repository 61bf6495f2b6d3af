package org.servicechain.workforce;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contingency procedure as a manager writes it.
 *
 * @param partyId the party of the chain it concerns; its downstream services and
 * customers are the ones an incident affects
 * @param steps in order
 * @param contacts whom to call, free text
 */
public record ProcedureDetails(String title, Situation situation, @Nullable UUID partyId, List<Step> steps,
		@Nullable String contacts) {

	public ProcedureDetails {
		steps = List.copyOf(steps);
	}

	/**
	 * @param role who does it ("Team lead"), or {@literal null}
	 */
	public record Step(@Nullable String role, String text) {

		String line() {
			return (this.role != null) ? this.role + ": " + this.text : this.text;
		}

		/**
		 * Reads {@code role: what to do}, or just {@code what to do}.
		 */
		static Step parse(String line) {
			int colon = line.indexOf(':');
			if (colon > 0 && colon <= 60) {
				return new Step(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
			}
			return new Step(null, line.strip());
		}

	}

	/**
	 * @return the steps of a text with one per line, blank lines skipped
	 */
	public static List<Step> steps(@Nullable String text) {
		return (text == null) ? List.of() : ContingencyProcedure.lines(text).stream().map(Step::parse).toList();
	}

}
