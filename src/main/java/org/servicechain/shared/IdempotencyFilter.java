package org.servicechain.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours the {@code Idempotency-Key} header on POST requests to the REST API (INT-1,
 * REQ-7): the first request with a key is executed and its successful response stored; a
 * retry with the same key by the same caller gets the stored response again instead of
 * creating a duplicate.
 *
 * <p>
 * Crash-safe: the claim of the key, the command and the stored response are one database
 * transaction (the facades' transactions join it), and the response reaches the client
 * only after that transaction committed. A crash or an unreachable database therefore
 * leaves either everything (a retry gets the stored response, with the id of the record
 * created) or nothing (a retry executes the command); never a claim without a response,
 * and never an answer for a create that did not commit. A concurrent duplicate waits for
 * the first to finish and is then answered from the stored response (or gets 409 when the
 * wait is too long). A failed command rolls back its claim, so the client can correct the
 * request and try again.
 *
 * <p>
 * A key stands for one request: the stored record keeps a fingerprint (SHA-256 of method,
 * path, query, content type and body), and reusing the key with a different request is
 * refused with 422 rather than answered with the first request's response. Records are
 * purged after a retention period ({@link IdempotencyRetention}).
 *
 * <p>
 * Runs after Spring Security (default filter order), so keys are scoped to the
 * authenticated caller.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter implements Ordered {

	static final String HEADER = "Idempotency-Key";

	/**
	 * A claim without a response can only be left by a version before claims committed
	 * with their response; after this long it is taken as abandoned.
	 */
	private static final Duration ABANDONED = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	IdempotencyFilter(JdbcClient jdbc, Clock clock, JsonMapper json, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * After Spring Security (-100), before filters registered without an order.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
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
		HttpServletRequest readable = request;
		String fingerprint;
		if (isMultipart(request)) {
			fingerprint = fingerprintOfParts(request);
		}
		else {
			byte[] body = request.getInputStream().readAllBytes();
			readable = new CachedBodyRequest(request, body);
			fingerprint = fingerprint(request, List.of(body));
		}
		try {
			Optional<Stored> stored = find(caller, key);
			if (stored.isPresent() && stored.get().abandonedBefore(Instant.now(this.clock).minus(ABANDONED))) {
				this.jdbc
					.sql("delete from idempotency_record where caller = ? and idempotency_key = ?"
							+ " and response_status is null")
					.params(caller, key)
					.update();
				stored = Optional.empty();
			}
			if (stored.isPresent()) {
				replay(stored.get(), path, fingerprint, response);
				return;
			}
			execute(readable, response, chain, caller, key, path, fingerprint);
		}
		catch (DuplicateKeyException raced) {
			// A concurrent request with the key committed first.
			replay(find(caller, key).orElseThrow(), path, fingerprint, response);
		}
		catch (PessimisticLockingFailureException waitedTooLong) {
			reject(response, HttpStatus.CONFLICT,
					"A request with this Idempotency-Key is still being processed; retry shortly");
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException raced) {
			// Caught at commit, which the command's transaction now shares with the key.
			DatabaseProblems.write(response, this.json, ApiProblems.problem(HttpStatus.CONFLICT, "conflict", "Conflict",
					"The change conflicts with a record saved at the same time; reload and try again"));
		}
		catch (DataAccessException | TransactionException failed) {
			if (ApiErrorFilter.databaseUnavailable(failed)) {
				// Nothing was acknowledged; whether the transaction committed is unknown
				// to
				// us, and a retry with the same key finds out.
				DatabaseProblems.unavailable(response, this.json);
			}
			else {
				// A concurrent request holds the key (H2 reports its lock timeout in more
				// than one way); the retry is answered from what it stores.
				reject(response, HttpStatus.CONFLICT,
						"A request with this Idempotency-Key is still being processed; retry shortly");
			}
		}
	}

	private void execute(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String caller,
			String key, String path, String fingerprint) throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			this.transactions.executeWithoutResult((transaction) -> {
				this.jdbc
					.sql("insert into idempotency_record (caller, idempotency_key, request_path, request_fingerprint,"
							+ " created_at) values (?, ?, ?, ?, ?)")
					.params(caller, key, path, fingerprint, SqlTimes.utc(Instant.now(this.clock)))
					.update();
				try {
					chain.doFilter(request, wrapper);
				}
				catch (IOException | ServletException ex) {
					throw new ChainFailed(ex);
				}
				int status = wrapper.getStatus();
				if (status >= 200 && status < 300) {
					this.jdbc
						.sql("update idempotency_record set response_status = ?, response_type = ?,"
								+ " response_location = ?, response_body = ? where caller = ? and idempotency_key = ?")
						.params(status, wrapper.getContentType(), wrapper.getHeader(HttpHeaders.LOCATION),
								new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8), caller, key)
						.update();
				}
				else {
					// The claim goes with the failed command.
					transaction.setRollbackOnly();
				}
			});
		}
		catch (ChainFailed failed) {
			if (failed.getCause() instanceof ServletException servlet) {
				throw servlet;
			}
			throw (IOException) failed.getCause();
		}
		wrapper.copyBodyToResponse();
	}

	private void replay(Stored stored, String path, String fingerprint, HttpServletResponse response)
			throws IOException {
		if (!stored.path().equals(path)) {
			reject(response, HttpStatus.UNPROCESSABLE_CONTENT,
					"Idempotency-Key was already used for a different request (" + stored.path() + ")");
		}
		else if (stored.fingerprint() != null && !stored.fingerprint().equals(fingerprint)) {
			reject(response, HttpStatus.UNPROCESSABLE_CONTENT,
					"Idempotency-Key was already used for a request with a different body;"
							+ " use a new key for a new request");
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
			.sql("select request_path, request_fingerprint, response_status, response_type, response_location,"
					+ " response_body, created_at from idempotency_record where caller = ? and idempotency_key = ?")
			.params(caller, key)
			.query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getObject(7, java.time.OffsetDateTime.class).toInstant()))
			.optional();
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	/**
	 * Multipart bodies are parsed by the container; their fingerprint covers each part's
	 * name, file name and content.
	 */
	private static String fingerprintOfParts(HttpServletRequest request) throws IOException, ServletException {
		MessageDigest digest = sha256();
		update(digest, request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString());
		for (Part part : request.getParts()) {
			update(digest, part.getName() + "|" + part.getSubmittedFileName() + "|" + part.getSize());
			try (InputStream content = part.getInputStream()) {
				byte[] buffer = new byte[8192];
				for (int read; (read = content.read(buffer)) > 0;) {
					digest.update(buffer, 0, read);
				}
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String fingerprint(HttpServletRequest request, List<byte[]> bodies) {
		MessageDigest digest = sha256();
		update(digest, request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + " "
				+ request.getContentType());
		bodies.forEach(digest::update);
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static String caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null ? authentication.getName() : "anonymous";
	}

	private record Stored(String path, @Nullable String fingerprint, @Nullable Integer status,
			@Nullable String contentType, @Nullable String location, @Nullable String body, Instant createdAt) {

		boolean abandonedBefore(Instant limit) {
			return this.status == null && this.createdAt.isBefore(limit);
		}

	}

	private static final class ChainFailed extends RuntimeException {

		ChainFailed(Exception cause) {
			super(cause);
		}

	}

	/**
	 * The request with its body read up front (to fingerprint it), readable again by the
	 * controller.
	 */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					// The body is already in memory: all of it is available at once.
					try {
						listener.onDataAvailable();
						listener.onAllDataRead();
					}
					catch (java.io.IOException ex) {
						listener.onError(ex);
					}
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(getInputStream(), getCharacterEncoding() != null
							? java.nio.charset.Charset.forName(getCharacterEncoding()) : StandardCharsets.UTF_8));
		}

	}

}
