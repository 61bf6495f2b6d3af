package org.servicechain.identity;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which URL (REC-4). Staff pages and the staff API need a staff role;
 * partner users and customers reach only their portal and their own account. Finer rules
 * (who may edit what, which records a partner sees) are decided by each module's access
 * policy.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ IdentitySettings.class, SingleSignOn.Settings.class })
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	private static final String[] STAFF = { Role.ADMIN.name(), Role.MANAGER.name(), Role.AGENT.name(),
			Role.TEAM_MEMBER.name() };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, IdentityManagement identity, IdentitySettings settings,
			Clock clock, SecondFactors secondFactors, SingleSignOn singleSignOn,
			org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> registrations)
			throws Exception {
		RoleHomeSuccessHandler home = new RoleHomeSuccessHandler(secondFactors);
		if (registrations.getIfAvailable() != null) {
			// Single sign-on with OpenID Connect, beside the password form.
			http.oauth2Login((login) -> login.loginPage("/login")
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(SingleSignOnLogin.userService(singleSignOn)))
				.successHandler(SingleSignOnLogin.successHandler(home)));
		}
		var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
					"/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
					"/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			// A survey link works without signing in: its single-use token is the key,
			// and
			// the feedback module shows nothing through it but that one survey.
			.requestMatchers("/survey/**", "/witness/**")
			.permitAll()
			.requestMatchers("/actuator/**", "/admin/**", "/api/v1/users/**")
			.hasRole(Role.ADMIN.name())
			// Customers raise and follow requests; partner users work their party's
			// tasks.
			.requestMatchers("/portal/requests", "/portal/requests/**")
			.hasRole(Role.CUSTOMER.name())
			.requestMatchers("/portal/tasks", "/portal/tasks/**")
			.hasRole(Role.PARTNER.name())
			.requestMatchers("/portal/**")
			.hasAnyRole(Role.PARTNER.name(), Role.CUSTOMER.name())
			// The home page sends partner users and customers on to their portal.
			// Everyone signed in searches; each kind's module returns only what the
			// caller may open. Rebuilding the index is for administrators (checked by the
			// search module as well).
			.requestMatchers("/api/v1/search/index")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/", "/account/**", "/login/second-factor", "/api/v1/me", "/api/v1/me/**",
					"/api/v1/tokens/**", "/search", "/api/v1/search")
			.authenticated()
			// Everyone reads their own notifications; the notify module's policy keeps
			// them to their own.
			.requestMatchers("/notifications", "/notifications/**", "/api/v1/notifications", "/api/v1/notifications/**")
			.authenticated()
			// Customers and partner users work their own requests and tasks over the API
			// too; the requests module's access policy decides which.
			.requestMatchers("/api/v1/requests", "/api/v1/requests/**", "/api/v1/tasks", "/api/v1/tasks/**",
					"/api/v1/attachments/**", "/api/v1/complaints", "/api/v1/complaints/**", "/api/v1/feedback",
					"/api/v1/feedback/**", "/api/v1/scorecards/**", "/api/v1/meetings", "/api/v1/meetings/**",
					"/api/v1/reports", "/api/v1/reports/**", "/api/v1/service-notices", "/api/v1/service-notices/**",
					"/api/v1/knowledge", "/api/v1/knowledge/**")
			.authenticated()
			// Portfolios are read by their practitioner, managers and the assigned
			// assessor (not staff); the portfolio module's policy decides.
			.requestMatchers("/portfolio", "/portfolio/**", "/api/v1/portfolios/**")
			.authenticated()
			.anyRequest()
			.hasAnyRole(STAFF))
			.formLogin((form) -> form.loginPage("/login").successHandler(home).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			// Scripts only from our own files (no inline scripts or handlers); styles may
			// be
			// inline (htmx and the chain map set them). HSTS is sent on HTTPS requests,
			// which behind a TLS proxy needs server.forward-headers-strategy.
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
			// Browsers never send bearer tokens by themselves, so those calls need no
			// CSRF token.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearer))
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor((request, response, failure) -> problem(response,
						HttpStatus.UNAUTHORIZED, "Sign in, or send an API token as 'Authorization: Bearer <token>'"),
						api)
				.defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
						new RequestHeaderRequestMatcher("HX-Request"))
				.accessDeniedHandler(unauthorizedWithoutCredentials(api)))
			.addFilterBefore(new BearerTokenFilter(identity), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new CurrentUserRefreshFilter(identity, settings, clock, secondFactors),
					SecurityContextHolderFilter.class);
		return http.build();
	}

	/**
	 * An API call without any credentials that changes something fails the CSRF check
	 * before authorization is asked; answer it 401 like every other unauthenticated API
	 * call rather than 403, so clients know to authenticate. Everyone else who is refused
	 * gets the usual 403.
	 */
	private static AccessDeniedHandler unauthorizedWithoutCredentials(RequestMatcher api) {
		AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
			if (api.matches(request)) {
				problem(response, anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
						anonymous ? "Sign in, or send an API token as 'Authorization: Bearer <token>'"
								: "Your role may not do this");
				return;
			}
			forbidden.handle(request, response, denied);
		};
	}

	/**
	 * Refusals on the REST API are RFC 9457 problem+json like every other API error
	 * (INT-1). The texts are fixed, so they need no escaping.
	 */
	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String type = status == HttpStatus.UNAUTHORIZED ? "unauthorized" : "forbidden";
		response.getWriter()
			.write("{\"type\":\"https://servicechain.org/problems/" + type + "\",\"title\":\""
					+ status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
	}

	/**
	 * Publishes access denied by the URL rules, for the security event log.
	 */
	@Bean
	org.springframework.security.authorization.AuthorizationEventPublisher authorizationEventPublisher(
			org.springframework.context.ApplicationEventPublisher publisher) {
		return new org.springframework.security.authorization.SpringAuthorizationEventPublisher(publisher);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(
			org.springframework.context.ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

}
