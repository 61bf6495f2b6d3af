package org.servicechain.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import org.servicechain.shared.InvalidInputException;

/**
 * The rules a password chosen by a person must meet (ASVS 6.2): at least
 * {@code servicechain.identity.min-password-length} characters (12), at most 64 and 72
 * bytes (bcrypt reads no further), no composition rules, and not one of the common or
 * breached passwords shipped with the application, nor the login name itself.
 */
@Component
class PasswordRules {

	static final int MAX_LENGTH = 64;

	private final int minLength;

	private final Set<String> common;

	PasswordRules(IdentitySettings settings, ResourceLoader resources) {
		this.minLength = settings.minPasswordLength();
		this.common = load(resources.getResource(settings.commonPasswords()));
	}

	/**
	 * @throws InvalidInputException naming the field and the rule the password breaks
	 */
	void check(String field, String password, String username) {
		if (password == null || password.isEmpty()) {
			throw new InvalidInputException(field, "required", "a password is required");
		}
		if (password.codePointCount(0, password.length()) < this.minLength) {
			throw new InvalidInputException(field, "size", "must be at least " + this.minLength + " characters");
		}
		if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > 72) {
			throw new InvalidInputException(field, "size", "must be at most " + MAX_LENGTH + " characters");
		}
		String folded = password.strip().toLowerCase(Locale.ROOT);
		if (this.common.contains(folded)) {
			throw new InvalidInputException(field, "common",
					"is on the list of common or breached passwords; choose another");
		}
		if (!username.isBlank() && folded.contains(LoginNames.canonical(username))) {
			throw new InvalidInputException(field, "context", "must not contain the login name");
		}
	}

	int minLength() {
		return this.minLength;
	}

	private static Set<String> load(Resource list) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = reader.readLine()) != null;) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the common password list " + list, ex);
		}
		return Set.copyOf(words);
	}

}
