package org.servicechain.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Collects what is wrong with a submitted HTML form as field → message, so a page can
 * show each message next to its field (the UI's side of "errors name the field and the
 * rule"). The same Bean Validation constraints and domain rules serve the API and the UI.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * @return messages for values that could not even be converted (a date that is not a
	 * date).
	 */
	public static Map<String, String> of(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			errors.putIfAbsent(error.getField(),
					error.isBindingFailure() ? "'" + error.getRejectedValue() + "' is not a valid value"
							: String.valueOf(error.getDefaultMessage()));
		}
		return errors;
	}

	/**
	 * @return the Bean Validation messages of a command, keyed by field.
	 */
	public static Map<String, String> of(Validator validator, Object command) {
		Map<String, String> errors = new LinkedHashMap<>();
		Set<ConstraintViolation<Object>> violations = validator.validate(command);
		for (ConstraintViolation<Object> violation : violations) {
			errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
		}
		return errors;
	}

	/**
	 * @return the domain rule violations, keyed by field.
	 */
	public static Map<String, String> of(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getViolations().forEach((violation) -> errors.putIfAbsent(violation.field(), violation.message()));
		return errors;
	}

}
