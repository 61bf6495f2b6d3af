package org.servicechain.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The two hooks of Spring Security's OpenID Connect login: the user service maps the
 * provider's person to a Servicechain account (refusing with a reason on the sign-in
 * page), and the success handler makes that account the session's user, exactly as a
 * password sign-in does, so every access policy sees a {@link CurrentUser}. The identity
 * provider is trusted with the second factor: Servicechain's own is not asked for.
 */
final class SingleSignOnLogin {

	private SingleSignOnLogin() {
	}

	/**
	 * The provider's person with the account they are, until the success handler swaps
	 * them in.
	 */
	static final class Person extends DefaultOidcUser {

		private final CurrentUser account;

		Person(OidcUser person, CurrentUser account) {
			super(account.getAuthorities(), person.getIdToken(), person.getUserInfo());
			this.account = account;
		}

		CurrentUser account() {
			return this.account;
		}

	}

	static OidcUserService userService(SingleSignOn singleSignOn) {
		OidcUserService standard = new OidcUserService();
		return new OidcUserService() {
			@Override
			public OidcUser loadUser(OidcUserRequest request) {
				OidcUser person = standard.loadUser(request);
				return new Person(person,
						singleSignOn.accountOf(person, request.getClientRegistration().getRegistrationId()));
			}
		};
	}

	static AuthenticationSuccessHandler successHandler(RoleHomeSuccessHandler home) {
		SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			if (authentication instanceof OAuth2AuthenticationToken token
					&& token.getPrincipal() instanceof Person person) {
				CurrentUser user = person.account();
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
				SecurityContextHolder.setContext(context);
				contexts.saveContext(context, request, response);
				home.home(request, response, context.getAuthentication());
				return;
			}
			throw new ServletException("Unexpected sign-in " + authentication.getClass().getSimpleName());
		};
	}

}
