package org.servicechain.shared;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem+json for every REST controller (INT-1). Validation problems carry an
 * {@code errors} array naming each bad field and the rule it broke.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final String TYPE_BASE = "https://servicechain.org/problems/";

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return validationProblem(ex.getViolations());
	}

	@ExceptionHandler(Paging.OutOfRangeException.class)
	ProblemDetail badPaging(Paging.OutOfRangeException ex) {
		ProblemDetail problem = validationProblem(ex.getViolations());
		problem.setStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Malformed request");
		problem.setType(URI.create(TYPE_BASE + "malformed-request"));
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", "Conflict", ex.getMessage());
	}

	@ExceptionHandler(StaleVersionException.class)
	ProblemDetail stale(StaleVersionException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "stale-version", "Edited by someone else",
				ex.getMessage());
		problem.setProperty("currentVersion", ex.getCurrentVersion());
		problem.setProperty("yourVersion", ex.getExpectedVersion());
		problem.setProperty("changesSince", ex.getChangesSince());
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail raced(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "stale-version", "Edited by someone else",
				"The record was changed by someone else while you saved it; reload it and apply your change again");
	}

	@ExceptionHandler(Versions.PreconditionRequiredException.class)
	ProblemDetail preconditionRequired(Versions.PreconditionRequiredException ex) {
		ProblemDetail problem = problem(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "If-Match required",
				ex.getMessage());
		problem.setProperty("errors",
				List.of(new InvalidInputException.FieldViolation("If-Match", "required", ex.getMessage())));
		return problem;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		// A unique or foreign key constraint caught what a concurrent request slipped
		// past validation.
		return problem(HttpStatus.CONFLICT, "conflict", "Conflict",
				"The change conflicts with a record saved at the same time; reload and try again");
	}

	/**
	 * The database cannot be reached: 503 with Retry-After (INT-1), so clients and load
	 * balancers retry rather than give up.
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessResourceException.class, RecoverableDataAccessException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseProblems.RETRY_AFTER_SECONDS))
			.body(DatabaseProblems.unavailableProblem());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		SecurityEventLog.record("access-denied", null);
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You may not do this");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = validationProblem(List.of(new InvalidInputException.FieldViolation(ex.getName(), "type",
				"'" + ex.getValue() + "' is not a valid " + simpleType(ex.getRequiredType()))));
		problem.setStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Malformed request");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidInputException.FieldViolation> violations = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			violations.add(new InvalidInputException.FieldViolation(error.getField(), ruleOf(error.getCode()),
					error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid"));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> violations.add(new InvalidInputException.FieldViolation(error.getObjectName(),
					ruleOf(error.getCode()), String.valueOf(error.getDefaultMessage()))));
		return ResponseEntity.unprocessableContent().body(validationProblem(violations));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidInputException.FieldViolation> violations = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> violations.add(new InvalidInputException.FieldViolation(
						String.valueOf(result.getMethodParameter().getParameterName()),
						ruleOf(error.getCodes() != null && error.getCodes().length > 0
								? error.getCodes()[error.getCodes().length - 1] : "invalid"),
						String.valueOf(error.getDefaultMessage())))));
		return ResponseEntity.unprocessableContent().body(validationProblem(violations));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		String field = "body";
		String detail = "The request body is not valid JSON";
		String rule = "json";
		if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
			field = pathOf(json);
			rule = "type";
			detail = (cause instanceof InvalidFormatException invalid)
					? "'" + invalid.getValue() + "' is not a valid " + simpleType(invalid.getTargetType())
					: (cause instanceof MismatchedInputException mismatched)
							? "must be a " + simpleType(mismatched.getTargetType()) : "is not valid here";
		}
		ProblemDetail problem = validationProblem(
				List.of(new InvalidInputException.FieldViolation(field, rule, detail)));
		problem.setStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Malformed request");
		problem.setType(URI.create(TYPE_BASE + "malformed-request"));
		return ResponseEntity.badRequest().body(problem);
	}

	private static String pathOf(JacksonException json) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : json.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String simpleType(@Nullable Class<?> type) {
		if (type == null) {
			return "value";
		}
		if (type.isEnum()) {
			Object[] constants = type.getEnumConstants();
			return "value (one of "
					+ String.join(", ", java.util.Arrays.stream(constants).map(String::valueOf).toList()) + ")";
		}
		return Map
			.of(java.util.UUID.class, "id (UUID)", Integer.class, "whole number", int.class, "whole number", Long.class,
					"whole number", long.class, "whole number", java.time.LocalDate.class, "date (YYYY-MM-DD)",
					Boolean.class, "true or false", boolean.class, "true or false")
			.getOrDefault(type, type.getSimpleName());
	}

	private static String ruleOf(@Nullable String code) {
		if (code == null) {
			return "invalid";
		}
		return switch (code) {
			case "NotBlank", "NotNull", "NotEmpty" -> "required";
			case "Size", "Length" -> "size";
			case "Email" -> "email";
			case "Pattern" -> "pattern";
			case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "range";
			default -> code.toLowerCase(java.util.Locale.ROOT);
		};
	}

	static ProblemDetail validationProblem(List<InvalidInputException.FieldViolation> violations) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input",
				violations.isEmpty() ? "The request is invalid"
						: violations.size() == 1 ? violations.get(0).toString()
								: violations.size() + " fields are invalid: "
										+ String.join("; ", violations.stream().map(Object::toString).toList()));
		problem.setProperty("errors", violations);
		return problem;
	}

	static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

}
