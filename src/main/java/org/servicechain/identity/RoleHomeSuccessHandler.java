package org.servicechain.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After sign-in, a user with a second factor is asked for their code first; then staff
 * land where they were going (or the dashboard); partner users and customers land on
 * their portal.
 */
class RoleHomeSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final SecondFactors secondFactors;

	RoleHomeSuccessHandler(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof CurrentUser user && this.secondFactors.enrolled(user.id())) {
			request.getSession().setAttribute(SecondFactors.PENDING, Boolean.TRUE);
			getRedirectStrategy().sendRedirect(request, response, "/login/second-factor");
			return;
		}
		home(request, response, authentication);
	}

	/**
	 * Sends the user on to where they were going, or their home.
	 */
	void home(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof CurrentUser user && !user.isStaff()) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response,
					user.hasRole(Role.ASSESSOR) ? "/portfolio" : "/portal");
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
