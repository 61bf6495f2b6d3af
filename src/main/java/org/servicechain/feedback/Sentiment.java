package org.servicechain.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentiment of a free text (FB-3), read with the published AFINN-165 lexicon (Finn
 * Årup Nielsen; 3,382 English words scored −5 … +5), the way the {@code sentiment} npm
 * package reads it: words are lower-cased, a word's score flips after a negator ("not
 * good"), and the comparative score is the sum divided by the number of words. Pure: no
 * Spring, no state but the lexicon.
 */
public final class Sentiment {

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9' -]");

	private static final Pattern SPACES = Pattern.compile("[\\s-]+");

	private static final Set<String> NEGATORS = Set.of("cant", "can't", "dont", "don't", "doesnt", "doesn't", "not",
			"non", "wont", "won't", "isnt", "isn't", "never", "no", "wasnt", "wasn't", "didnt", "didn't");

	private static final Sentiment ENGLISH = load();

	private final Map<String, Integer> lexicon;

	Sentiment(Map<String, Integer> lexicon) {
		this.lexicon = Map.copyOf(lexicon);
	}

	/**
	 * @return the English reader, lexicon loaded once.
	 */
	public static Sentiment english() {
		return ENGLISH;
	}

	/**
	 * A text's sentiment.
	 *
	 * @param score the sum of the scored words, negations applied
	 * @param comparative the score per word; below zero is negative
	 * @param positive the words that counted for
	 * @param negative the words that counted against
	 */
	public record Reading(int score, double comparative, List<String> positive, List<String> negative) {

		public Tone tone() {
			return Tone.of(this.comparative);
		}

	}

	/**
	 * How a text reads, in three steps.
	 */
	public enum Tone {

		NEGATIVE("Negative"), NEUTRAL("Neutral"), POSITIVE("Positive");

		private final String label;

		Tone(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public static Tone of(double comparative) {
			if (comparative < -0.05) {
				return NEGATIVE;
			}
			return (comparative > 0.05) ? POSITIVE : NEUTRAL;
		}

	}

	public Reading read(String text) {
		List<String> tokens = tokens(text);
		int score = 0;
		List<String> positive = new java.util.ArrayList<>();
		List<String> negative = new java.util.ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			Integer value = this.lexicon.get(tokens.get(i));
			if (value == null) {
				continue;
			}
			int counted = (i > 0 && NEGATORS.contains(tokens.get(i - 1))) ? -value : value;
			score += counted;
			(counted >= 0 ? positive : negative).add(tokens.get(i));
		}
		double comparative = tokens.isEmpty() ? 0 : (double) score / tokens.size();
		return new Reading(score, comparative, List.copyOf(positive), List.copyOf(negative));
	}

	static List<String> tokens(String text) {
		String cleaned = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
		return java.util.Arrays.stream(SPACES.split(cleaned.strip())).filter((token) -> !token.isEmpty()).toList();
	}

	private static Sentiment load() {
		try (InputStream in = Sentiment.class.getResourceAsStream("/feedback/afinn-165.tsv")) {
			if (in == null) {
				throw new IllegalStateException("The AFINN-165 lexicon is missing from the class path");
			}
			Map<String, Integer> lexicon = new HashMap<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				int tab = line.lastIndexOf('\t');
				lexicon.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
			}
			return new Sentiment(lexicon);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
