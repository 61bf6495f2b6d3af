package org.servicechain.portfolio;

/**
 * One line of a standard: {@code B9 1.2}, {@code CFACSB9 P4}, {@code B10 E4b}.
 *
 * @param standard {@code B9}, {@code B10}, {@code 328} or {@code CFACSB9}
 * @param code unique across the catalogue; starts with the standard
 * @param position order within the catalogue, as in the standard's text
 */
public record Criterion(String standard, String code, CriterionKind kind, String text, int position) {

	/**
	 * @return the code without the standard, e.g. {@code 1.2}
	 */
	public String shortCode() {
		return this.code.substring(this.standard.length()).trim();
	}

}
