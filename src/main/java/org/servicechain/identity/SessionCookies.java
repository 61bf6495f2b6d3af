package org.servicechain.identity;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie: on HTTPS requests (directly, or behind a TLS proxy with
 * {@code server.forward-headers-strategy}) it is {@code __Host-SESSION}, {@code Secure},
 * {@code HttpOnly}, {@code SameSite=Lax}, for the whole host and no other; over plain
 * HTTP (the demo on localhost) it is {@code SESSION}, since browsers refuse a
 * {@code __Host-} cookie that is not {@code Secure}.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookies {

	static final String SECURE_NAME = "__Host-SESSION";

	static final String PLAIN_NAME = "SESSION";

	@Bean
	CookieSerializer cookieSerializer() {
		DefaultCookieSerializer secure = serializer(SECURE_NAME);
		secure.setUseSecureCookie(true);
		DefaultCookieSerializer plain = serializer(PLAIN_NAME);
		return new CookieSerializer() {

			@Override
			public void writeCookieValue(CookieValue value) {
				(value.getRequest().isSecure() ? secure : plain).writeCookieValue(value);
			}

			@Override
			public List<String> readCookieValues(HttpServletRequest request) {
				List<String> values = new ArrayList<>(secure.readCookieValues(request));
				if (!request.isSecure()) {
					values.addAll(plain.readCookieValues(request));
				}
				return values;
			}

		};
	}

	private static DefaultCookieSerializer serializer(String name) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(name);
		serializer.setCookiePath("/");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		return serializer;
	}

}
