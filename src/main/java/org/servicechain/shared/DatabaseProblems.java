package org.servicechain.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes problem+json straight to a servlet response, for errors outside the controllers'
 * reach (filters): in particular 503 with {@code Retry-After} when the database cannot be
 * reached.
 */
final class DatabaseProblems {

	static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseProblems() {
	}

	static ProblemDetail unavailableProblem() {
		return ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
				"The database cannot be reached just now, so this request may not have been saved. Retry in a few seconds"
						+ " (with the same Idempotency-Key, which tells whether it was).");
	}

	static void unavailable(HttpServletResponse response, JsonMapper json) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		write(response, json, unavailableProblem());
	}

	static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		byte[] body = json.writeValueAsBytes(problem);
		try {
			response.getOutputStream().write(body);
		}
		catch (IllegalStateException writerInUse) {
			response.getWriter().write(new String(body, StandardCharsets.UTF_8));
		}
	}

}
