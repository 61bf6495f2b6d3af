package org.servicechain.shared;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter of the REST API: whatever fails, in a controller or in a filter
 * before it (sessions, security, idempotency), the client gets RFC 9457 problem+json
 * (INT-1), never the servlet container's or Spring Boot's default error body. When the
 * database cannot be reached the answer is 503 with {@code Retry-After}.
 */
@Component
class ApiErrorFilter extends OncePerRequestFilter implements Ordered {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);

	private final JsonMapper json;

	ApiErrorFilter(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Before everything but the correlation id, Spring Session's repository filter
	 * included.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, new ProblemResponse(response, this.json));
		}
		catch (Exception ex) {
			if (databaseUnavailable(ex)) {
				log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
						ex.toString());
				DatabaseProblems.unavailable(response, this.json);
			}
			else {
				log.error("Failed {} {}", request.getMethod(), request.getRequestURI(), ex);
				DatabaseProblems.write(response, this.json, ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
						"internal", "Internal error", "Something went wrong on our side; it has been logged."));
			}
		}
	}

	static boolean databaseUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof RecoverableDataAccessException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof java.sql.SQLNonTransientConnectionException
					|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Turns {@code sendError} (which would forward to the container's error page) into a
	 * problem+json body.
	 */
	private static final class ProblemResponse extends HttpServletResponseWrapper {

		private final JsonMapper json;

		ProblemResponse(HttpServletResponse response, JsonMapper json) {
			super(response);
			this.json = json;
		}

		@Override
		public void sendError(int status) throws IOException {
			sendError(status, null);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			HttpStatus known = HttpStatus.resolve(status);
			HttpStatus resolved = known != null ? known : HttpStatus.INTERNAL_SERVER_ERROR;
			DatabaseProblems.write((HttpServletResponse) getResponse(), this.json,
					ApiProblems.problem(resolved, resolved.is5xxServerError() ? "internal" : "http-" + status,
							resolved.getReasonPhrase(), resolved.getReasonPhrase()));
		}

	}

}
