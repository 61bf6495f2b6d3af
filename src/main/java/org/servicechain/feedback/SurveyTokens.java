package org.servicechain.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Single-use survey tokens (FB-1): 32 random bytes from {@link SecureRandom}, URL-safe;
 * only their SHA-256 hash is stored, so a copy of the database holds no working link.
 */
final class SurveyTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SurveyTokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @return a number in [0, 1) for the sampling draw
	 */
	static double draw() {
		return RANDOM.nextDouble();
	}

}
