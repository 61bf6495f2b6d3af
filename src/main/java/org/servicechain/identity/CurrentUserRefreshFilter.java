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

	private final IdentityManagement identity;

	private final IdentitySettings settings;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	CurrentUserRefreshFilter(IdentityManagement identity, IdentitySettings settings, Clock clock) {
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
			Instant created = Instant.ofEpochMilli(session.getCreationTime());
			Optional<CurrentUser> now = created.plus(this.settings.sessionAbsoluteLifetime())
				.isBefore(Instant.now(this.clock)) ? Optional.empty() : this.identity.reload(user.id());
			if (now.isEmpty()) {
				SecurityContextHolder.clearContext();
				session.invalidate();
			}
			else if (!now.get().sameAs(user)) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken
					.authenticated(now.get(), null, now.get().getAuthorities());
				refreshed.setDetails(authentication.getDetails());
				context.setAuthentication(refreshed);
				SecurityContextHolder.setContext(context);
				this.contexts.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

}
