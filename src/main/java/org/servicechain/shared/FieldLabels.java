package org.servicechain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the field paths of the audit trail ({@code hours.MONDAY}, {@code validFrom},
 * {@code targets[0].resolution}) into words for the history shown on a record's page.
 */
final class FieldLabels {

	private static final Pattern ENUM = Pattern.compile("^[A-Z][A-Z_]*[A-Z]$");

	private static final Pattern INDEX = Pattern.compile("^(.*)\\[(\\d+)]$");

	private FieldLabels() {
	}

	static String of(String field) {
		if (field == null || field.isBlank()) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		for (String segment : field.split("\\.")) {
			Matcher indexed = INDEX.matcher(segment);
			if (indexed.matches()) {
				parts.add(words(indexed.group(1)) + " " + (Integer.parseInt(indexed.group(2)) + 1));
			}
			else {
				parts.add(words(segment));
			}
		}
		String joined = String.join(": ", parts);
		return joined.isEmpty() ? field : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
	}

	/**
	 * @return a stored value as words: an enum constant ({@code INTERNAL_TEAM}) as
	 * "Internal team", {@code true} and {@code false} as "yes" and "no", anything else as
	 * it is.
	 */
	static String value(String value) {
		if (value == null) {
			return null;
		}
		if (value.equals("true") || value.equals("false")) {
			return value.equals("true") ? "yes" : "no";
		}
		if (ENUM.matcher(value).matches()) {
			// Abbreviations stay capitals: CUSTOMER_SLA is "Customer SLA", OLA is "OLA".
			return words(value).replaceAll("(?i)\\bsla\\b", "SLA").replaceAll("(?i)\\bola\\b", "OLA");
		}
		return value;
	}

	private static String words(String segment) {
		if (segment.isEmpty()) {
			return segment;
		}
		// An enum constant (MONDAY, UNDER_REVIEW) reads as a word; a code with digits
		// (P1)
		// stays as it is.
		if (segment.equals(segment.toUpperCase(Locale.ROOT)) && segment.chars().anyMatch(Character::isLetter)) {
			if (segment.chars().anyMatch(Character::isDigit)) {
				return segment;
			}
			String lower = segment.toLowerCase(Locale.ROOT).replace('_', ' ');
			return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
		}
		// camelCase and snake_case become lower-case words.
		String spaced = segment.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ');
		return spaced.toLowerCase(Locale.ROOT);
	}

}
