package org.servicechain.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours the {@code Idempotency-Key} header on POST requests to the REST API (INT-1,
 * REQ-7): the first request with a key is executed and its successful response stored; a
 * retry with the same key by the same caller gets the stored response again instead of
 * creating a duplicate. A key is claimed before the command runs, so two concurrent
 * retries cannot both execute; a failed command releases its key so the client can
 * correct the request and try again.
 *
 * <p>
 * Runs after Spring Security (default filter order), so keys are scoped to the
 * authenticated caller.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json;

	IdempotencyFilter(JdbcClient jdbc, Clock clock, JsonMapper json) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/v1/")
				|| request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > 200) {
			reject(response, HttpStatus.BAD_REQUEST, "Idempotency-Key must be 1 to 200 characters");
			return;
		}
		String caller = caller();
		String path = request.getRequestURI();
		Optional<Stored> stored = find(caller, key);
		if (stored.isPresent()) {
			replay(stored.get(), path, response);
			return;
		}
		try {
			this.jdbc.sql(
					"insert into idempotency_record (caller, idempotency_key, request_path, created_at) values (?, ?, ?, ?)")
				.params(caller, key, path, SqlTimes.utc(Instant.now(this.clock)))
				.update();
		}
		catch (DuplicateKeyException raced) {
			replay(find(caller, key).orElseThrow(), path, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		boolean completed = false;
		try {
			chain.doFilter(request, wrapper);
			completed = true;
		}
		finally {
			int status = wrapper.getStatus();
			if (completed && status >= 200 && status < 300) {
				this.jdbc
					.sql("update idempotency_record set response_status = ?, response_type = ?, response_location = ?,"
							+ " response_body = ? where caller = ? and idempotency_key = ?")
					.params(status, wrapper.getContentType(), wrapper.getHeader(HttpHeaders.LOCATION),
							new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8), caller, key)
					.update();
			}
			else {
				this.jdbc.sql("delete from idempotency_record where caller = ? and idempotency_key = ?")
					.params(caller, key)
					.update();
			}
			wrapper.copyBodyToResponse();
		}
	}

	private void replay(Stored stored, String path, HttpServletResponse response) throws IOException {
		if (!stored.path().equals(path)) {
			reject(response, HttpStatus.UNPROCESSABLE_CONTENT,
					"Idempotency-Key was already used for a different request (" + stored.path() + ")");
		}
		else if (stored.status() == null) {
			reject(response, HttpStatus.CONFLICT,
					"A request with this Idempotency-Key is still being processed; retry shortly");
		}
		else {
			response.setStatus(stored.status());
			if (stored.contentType() != null) {
				response.setContentType(stored.contentType());
			}
			if (stored.location() != null) {
				response.setHeader(HttpHeaders.LOCATION, stored.location());
			}
			response.setHeader("Idempotent-Replayed", "true");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(stored.body() != null ? stored.body() : "");
		}
	}

	private void reject(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		ProblemDetail problem = ApiProblems
			.validationProblem(List.of(new InvalidInputException.FieldViolation(HEADER, "idempotency", detail)));
		problem.setStatus(status);
		problem.setTitle("Idempotency-Key problem");
		problem.setDetail(detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

	private Optional<Stored> find(String caller, String key) {
		return this.jdbc
			.sql("select request_path, response_status, response_type, response_location, response_body"
					+ " from idempotency_record where caller = ? and idempotency_key = ?")
			.params(caller, key)
			.query((rs, row) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.optional();
	}

	private static String caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null ? authentication.getName() : "anonymous";
	}

	private record Stored(String path, @org.jspecify.annotations.Nullable Integer status,
			@org.jspecify.annotations.Nullable String contentType, @org.jspecify.annotations.Nullable String location,
			@org.jspecify.annotations.Nullable String body) {

	}

}
