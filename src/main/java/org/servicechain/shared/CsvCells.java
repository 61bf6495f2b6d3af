package org.servicechain.shared;

import org.jspecify.annotations.Nullable;

/**
 * Makes a CSV cell safe against formula injection (OWASP ASVS 5.0, 1.2.10): a cell that a
 * spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return)
 * is prefixed with an apostrophe, so a summary typed as {@code =HYPERLINK(...)} stays
 * text. Every CSV export writes its text cells through it; numbers the product itself
 * computed may go out as they are.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/**
	 * @return the value, safe to put in a cell; never {@literal null}
	 */
	public static String safe(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

}
