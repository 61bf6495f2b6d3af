package org.servicechain.chain;

import java.util.List;

import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * What an import of parties and contacts from CSV found, row by row, and what it saved
 * (REC-1, INT-4).
 *
 * @param dryRun nothing was meant to be saved (the preview)
 * @param saved how many rows were saved (0 on a dry run, or when "only if all valid"
 * refused the file)
 * @param message why nothing was saved, or {@literal null}
 */
public record PartyImportResult(boolean dryRun, List<Row> rows, int saved,
		@org.jspecify.annotations.Nullable String message) {

	public long valid() {
		return this.rows.stream().filter((row) -> row.status() == Status.VALID).count();
	}

	public long invalid() {
		return this.rows.stream().filter((row) -> row.status() == Status.INVALID).count();
	}

	public long duplicates() {
		return this.rows.stream().filter((row) -> row.status() == Status.DUPLICATE).count();
	}

	/**
	 * @param status what happens (or happened) to the row
	 * @param line the row's number in the file, the header being row 1, as a spreadsheet
	 * shows it
	 * @param errors the field and rule each problem broke
	 * @param duplicates records already kept (or earlier rows) that look the same
	 */
	public record Row(int line, String party, @org.jspecify.annotations.Nullable String contact, Status status,
			List<FieldViolation> errors, List<DuplicateCandidate> duplicates) {

	}

	public enum Status {

		/** Will be (or was) saved. */
		VALID,
		/** Breaks a rule; never saved. */
		INVALID,
		/** Looks like a record already kept; saved only when duplicates are allowed. */
		DUPLICATE,
		/** Saved. */
		SAVED

	}

}
