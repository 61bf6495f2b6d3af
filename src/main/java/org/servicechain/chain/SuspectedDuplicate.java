package org.servicechain.chain;

/**
 * Two records already kept that look like the same party or person (REC-1), for a manager
 * to merge or leave alone.
 *
 * @param reason {@code similar-name}, {@code same-email} or {@code same-phone}
 */
public record SuspectedDuplicate(DuplicateCandidate first, DuplicateCandidate second, String reason) {

	public boolean parties() {
		return "party".equals(this.first.kind());
	}

}
