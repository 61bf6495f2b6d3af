package org.servicechain.portfolio;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How much evidence one criterion has (REP-3): the units ask for real work over a
 * sufficient period, with different customers on different occasions.
 *
 * @param pieces evidence pieces mapped to the criterion
 * @param from the day of the earliest piece, {@literal null} without any
 * @param to the day of the latest piece
 * @param days days from the first to the last piece, both counted
 * @param customers different customers among the pieces (where a piece has one)
 * @param occasions different days on which the evidenced work happened
 * @param enough whether it meets {@link SufficiencyPolicy}'s guide; the assessor decides
 */
public record SufficiencyView(int pieces, @Nullable LocalDate from, @Nullable LocalDate to, long days, int customers,
		int occasions, boolean enough) {

	public boolean gap() {
		return this.pieces == 0;
	}

}
