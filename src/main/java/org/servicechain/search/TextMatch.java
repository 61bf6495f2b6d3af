package org.servicechain.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.jspecify.annotations.Nullable;

/**
 * How every kind matches text, so "Swiftparcle" finds SwiftParcel in all of them: the
 * words as typed score highest; a word that nothing the caller may open has as typed
 * ({@link TypoTolerance}) also matches words a few edits away (Damerau-Levenshtein, the
 * first letter exact), as many as its length warrants, like Elasticsearch's {@code AUTO}
 * fuzziness: none up to {@value #EXACT_UP_TO} letters, one up to
 * {@value #ONE_EDIT_UP_TO}, two beyond. Words with a digit (order numbers, references,
 * error codes) match exactly only: a number one digit off is another record, and fuzzy
 * terms are what a query spends its time on (building the automata). Highlights are
 * HTML-escaped with the matched words in {@code <mark>}, safe to insert as markup.
 */
public final class TextMatch {

	/**
	 * The analyzer full-text fields use: standard tokenizer, lower case, ASCII folding.
	 */
	public static final String ANALYZER = "servicechain_text";

	private TextMatch() {
	}

	static final int EXACT_UP_TO = 2;

	static final int ONE_EDIT_UP_TO = 5;

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	/**
	 * Matches {@code text}, with typo tolerance for {@code typos} only (from
	 * {@link TypoTolerance}): the words as typed score highest, each typo the terms it
	 * may mean, or, where the engine expands it itself, a fuzzy match.
	 */
	public static PredicateFinalStep matching(SearchPredicateFactory f, String text, List<Typo> typos,
			String... fields) {
		var any = f.bool().should(f.match().fields(fields).matching(text).boost(4f));
		for (Typo typo : typos) {
			if (typo.meant() == null) {
				any.should(f.match().fields(fields).matching(typo.word()).fuzzy(edits(typo.word()), 1));
			}
			else {
				for (String term : typo.meant()) {
					// Closer terms score higher, as a fuzzy query's would.
					any.should(
							f.match().fields(fields).matching(term).boost(TypoTolerance.closeness(typo.word(), term)));
				}
			}
		}
		return any;
	}

	/**
	 * A word of a query that nothing the caller may open has as typed.
	 *
	 * @param word the word, lower case
	 * @param meant the index terms it may stand for, matched exactly; null when the
	 * engine is to match the word with its own fuzzy query
	 */
	public record Typo(String word, @Nullable List<String> meant) {

		static Typo fuzzy(String word) {
			return new Typo(word, null);
		}

		static Typo meaning(String word, List<String> meant) {
			return new Typo(word, List.copyOf(meant));
		}

	}

	/**
	 * The words of {@code text} that get typo tolerance on a large index: those long
	 * enough and that {@code found} does not find as typed (Elasticsearch's "missing"
	 * suggest mode). {@code found} must look only among the records the caller may open,
	 * or whether a word is matched with typos would tell that a hidden record holds it.
	 */
	static Set<String> typos(String text, Predicate<String> found) {
		Set<String> typos = new LinkedHashSet<>();
		for (String word : fuzzyWords(text)) {
			if (!found.test(word)) {
				typos.add(word);
			}
		}
		return typos;
	}

	/**
	 * The words of {@code text} worth matching with typos, each once.
	 */
	static Set<String> fuzzyWords(String text) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
			if (edits(word) > 0 && word.chars().noneMatch(Character::isDigit)) {
				words.add(word);
			}
		}
		return words;
	}

	/**
	 * How many edits away a word may be typed: Elasticsearch's {@code AUTO}.
	 */
	static int edits(String word) {
		int length = word.codePointCount(0, word.length());
		if (length <= EXACT_UP_TO) {
			return 0;
		}
		return (length <= ONE_EDIT_UP_TO) ? 1 : 2;
	}

	/**
	 * The highlights of several fields as one list, at most three.
	 */
	public static List<String> joined(List<String> first, List<String> second) {
		return joined(first, second, List.of());
	}

	public static List<String> joined(List<String> first, List<String> second, List<String> third) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		all.addAll(third);
		return List.copyOf(all.subList(0, Math.min(3, all.size())));
	}

	public static HighlighterFinalStep highlighter(SearchHighlighterFactory f) {
		return f.unified().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>").numberOfFragments(2);
	}

}
