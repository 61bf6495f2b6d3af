package org.servicechain.chain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two names of parties or people are, for duplicate detection (REC-1): the
 * Jaro-Winkler similarity of Apache Commons Text over names normalised first (case,
 * accents, punctuation and legal forms such as "Ltd" or "plc" do not count), so "ACME
 * Ltd." and "Acme Limited" are the same name and "Swiftparcle" is close to "SwiftParcel".
 */
public final class NameSimilarity {

	/** From this similarity on, two names are reported as a possible duplicate. */
	public static final double THRESHOLD = 0.92;

	private static final Set<String> NOISE = Set.of("ltd", "limited", "plc", "llp", "inc", "co", "company", "the",
			"and", "uk", "group", "mr", "mrs", "ms", "miss", "dr");

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private NameSimilarity() {
	}

	/**
	 * @return the name in lower case without accents, punctuation or legal forms, words
	 * separated by one space
	 */
	public static String normalise(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replaceAll("[^a-z0-9]+", " ")
			.strip();
		String words = Arrays.stream(plain.split(" "))
			.filter((word) -> !word.isEmpty() && !NOISE.contains(word))
			.collect(Collectors.joining(" "));
		return words.isEmpty() ? plain : words;
	}

	/**
	 * @return 0 (nothing alike) to 1 (the same once normalised)
	 */
	public static double of(String a, String b) {
		return ofNormalised(normalise(a), normalise(b));
	}

	/**
	 * {@link #of} for names already {@linkplain #normalise normalised}: a list compared
	 * pair by pair normalises each name once.
	 */
	static double ofNormalised(String left, String right) {
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		return JARO_WINKLER.apply(left, right);
	}

	public static boolean similar(String a, String b) {
		return of(a, b) >= THRESHOLD;
	}

}
