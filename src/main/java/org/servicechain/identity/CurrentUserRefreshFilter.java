package org.servicechain.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides every session request with the user as stored now, not as they were when they
 * signed in (REC-4): a disabled or removed user's session ends on its next request, and a
 * changed role, party or name applies at once, on every instance (the user is read from
 * the shared database; one read by primary key per request). Sessions older than the
 * absolute lifetime end too, however active they were.
 */
class CurrentUserRefreshFilter extends OncePerRequestFilter {

	/** When the session's user signed in, by the application's clock. */
	static final String SIGNED_IN_AT = CurrentUserRefreshFilter.class.getName() + ".signedInAt";

	private final IdentityManagement identity;

	private final IdentitySettings settings;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecondFactors secondFactors;

	CurrentUserRefreshFilter(IdentityManagement identity, IdentitySettings settings, Clock clock,
			SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.identity = identity;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			Instant now = Instant.now(this.clock);
			Object since = session.getAttribute(SIGNED_IN_AT);
			Instant signedIn = since instanceof Instant at ? at : now;
			if (!(since instanceof Instant)) {
				session.setAttribute(SIGNED_IN_AT, now);
			}
			Optional<CurrentUser> stored = signedIn.plus(this.settings.sessionAbsoluteLifetime()).isBefore(now)
					? Optional.empty() : this.identity.reload(user.id());
			if (stored.isEmpty()) {
				SecurityContextHolder.clearContext();
				session.invalidate();
			}
			else if (!stored.get().sameAs(user)) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken
					.authenticated(stored.get(), null, stored.get().getAuthorities());
				refreshed.setDetails(authentication.getDetails());
				context.setAuthentication(refreshed);
				SecurityContextHolder.setContext(context);
				this.contexts.saveContext(context, request, response);
			}
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		HttpSession current = request.getSession(false);
		Optional<CurrentUser> signedIn = CurrentUser.get();
		if (signedIn.isPresent() && current != null && current.getAttribute(SecondFactors.PENDING) != null
				&& !allowedBefore(path, "/login/second-factor")) {
			refuse(request, response, "second-factor-required", "Second factor required",
					"Give the code from your authenticator app first", "/login/second-factor");
			return;
		}
		if (signedIn.isPresent() && current != null && !signedIn.get().passwordChangeRequired()
				&& this.secondFactors.requiredFor().contains(signedIn.get().role())
				&& !allowedBefore(path, "/account/second-factor")
				&& !this.secondFactors.enrolled(signedIn.get().id())) {
			refuse(request, response, "second-factor-setup-required", "Second factor required",
					"Your role must use a second factor: set one up first", "/account/second-factor");
			return;
		}
		if (CurrentUser.get().map(CurrentUser::passwordChangeRequired).orElse(false)
				&& !allowedBeforePasswordChange(request.getRequestURI())) {
			if (request.getRequestURI().startsWith("/api/")) {
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				response.setContentType("application/problem+json");
				response.getWriter()
					.write("{\"type\":\"https://servicechain.org/problems/password-change-required\","
							+ "\"title\":\"Password change required\",\"status\":403,\"detail\":"
							+ "\"Choose your own password first: PUT /api/v1/me/password\"}");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/account/password");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String type, String title,
			String detail, String page) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"type\":\"https://servicechain.org/problems/" + type + "\",\"title\":\"" + title
						+ "\",\"status\":403,\"detail\":\"" + detail + "\"}");
		}
		else if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", request.getContextPath() + page);
		}
		else {
			response.sendRedirect(request.getContextPath() + page);
		}
	}

	/**
	 * Before the second factor is given or set up, a user may only reach that page (and
	 * sign out).
	 */
	private static boolean allowedBefore(String path, String page) {
		return path.equals(page) || path.startsWith(page + "/") || path.equals("/logout") || path.equals("/error")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/favicon") || path.startsWith("/images/");
	}

	/**
	 * A user with a temporary password may only choose a new one (or sign out).
	 */
	private static boolean allowedBeforePasswordChange(String path) {
		return path.equals("/account/password") || path.equals("/api/v1/me/password") || path.equals("/api/v1/me")
				|| path.equals("/logout") || path.equals("/login") || path.equals("/error") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/webjars/") || path.startsWith("/favicon")
				|| path.startsWith("/images/");
	}

}
