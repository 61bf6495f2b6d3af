package org.servicechain.chain;

import java.util.List;

import org.servicechain.shared.ConflictException;

/**
 * A party or contact was about to be created that looks like one already kept (REC-1).
 * Answered with 409 and the candidates; the caller may create it anyway by saying so
 * ({@code allowDuplicate=true}, or "create anyway" on the form).
 */
public class PossibleDuplicatesException extends ConflictException {

	private final List<DuplicateCandidate> candidates;

	public PossibleDuplicatesException(List<DuplicateCandidate> candidates) {
		super("This looks like " + candidates.size() + " record(s) already kept: "
				+ String.join(", ", candidates.stream().map((c) -> c.name() + " (" + c.reason() + ")").toList())
				+ "; check them, or create it anyway");
		this.candidates = List.copyOf(candidates);
	}

	public List<DuplicateCandidate> getCandidates() {
		return this.candidates;
	}

}
