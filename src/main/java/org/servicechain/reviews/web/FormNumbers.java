package org.servicechain.reviews.web;

import org.servicechain.shared.InvalidInputException;

/**
 * Numbers typed into forms, with an error naming the field and rule.
 */
final class FormNumbers {

	private FormNumbers() {
	}

	static int integer(String field, String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "number", "must be a whole number");
		}
	}

	static double decimal(String field, String text) {
		try {
			return Double.parseDouble(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "number", "must be a number");
		}
	}

}
