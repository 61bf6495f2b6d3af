package org.servicechain.search;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * How every kind matches text, so "Swiftparcle" finds SwiftParcel in all of them: the
 * words as typed score highest; each word also matches words up to two edits away
 * (Damerau-Levenshtein, the first letter exact to keep the query cheap). Highlights are
 * HTML-escaped with the matched words in {@code <mark>}, safe to insert as markup.
 */
public final class TextMatch {

	/**
	 * The analyzer full-text fields use: standard tokenizer, lower case, ASCII folding.
	 */
	public static final String ANALYZER = "servicechain_text";

	private TextMatch() {
	}

	public static PredicateFinalStep matching(SearchPredicateFactory f, String text, String... fields) {
		return f.bool()
			.should(f.match().fields(fields).matching(text).boost(4f))
			.should(f.match().fields(fields).matching(text).fuzzy(2, 1));
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
