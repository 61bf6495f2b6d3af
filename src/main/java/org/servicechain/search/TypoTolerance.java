package org.servicechain.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;

/**
 * Finds the words of a query that need typo tolerance and what each may have meant
 * (REC-2: "Swiftparcle" finds SwiftParcel), cheaply enough for a large index.
 * <p>
 * Only words that no record the caller may open has as typed get tolerance
 * (Elasticsearch's "missing" suggest mode): the check runs inside the caller's access
 * filter, or whether a word is matched loosely would tell that a hidden record holds it.
 * <p>
 * On the embedded Lucene backend a misspelt word is expanded here, once, into the few
 * index terms within its edit distance ({@link TextMatch#edits}, first letter exact),
 * closest and most common first, and those terms are matched exactly. A fuzzy query would
 * instead build its Levenshtein automata for every field it searches, and the highlighter
 * would build them again for every field of every hit: on a large index that was most of
 * a typo query's time. The expansion reads the same terms a fuzzy query would (all the
 * index's, like Lucene's {@code FuzzyQuery}); the records then matched are filtered by
 * access as always. On OpenSearch the engine's own fuzzy query is used.
 */
@Component
public class TypoTolerance {

	/**
	 * How many index terms one misspelt word may stand for, at most.
	 */
	static final int MAX_MEANT = 16;

	static final int AUTOMATA_KEPT = 1_000;

	private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[a-z]+");

	private final boolean lucene;

	private final Map<String, CompiledAutomaton> automata = new ConcurrentHashMap<>();

	TypoTolerance(SearchSettings settings) {
		this.lucene = settings.backendOrDefault() == SearchSettings.Backend.LUCENE;
	}

	/**
	 * @param session the caller's search session
	 * @param type the indexed entity searched
	 * @param text what the caller typed
	 * @param fields the full-text fields searched
	 * @param readable the records the caller may open, as a filter
	 * @return the words of {@code text} that need tolerance, with what each may mean
	 */
	public List<TextMatch.Typo> of(SearchSession session, Class<?> type, String text, String[] fields,
			Function<SearchPredicateFactory, PredicateFinalStep> readable) {
		return of(session, type, text, fields,
				(f, word) -> f.bool().must(f.match().fields(fields).matching(word)).filter(readable.apply(f)));
	}

	/**
	 * @param exactly the records the caller may open whose readable text holds a word as
	 * typed (for a source whose fields are readable to some callers only)
	 */
	public List<TextMatch.Typo> of(SearchSession session, Class<?> type, String text, String[] fields,
			BiFunction<SearchPredicateFactory, String, PredicateFinalStep> exactly) {
		if (TextMatch.fuzzyWords(text).isEmpty()) {
			// A reference, a number or short words: nothing to tolerate, no reader to
			// open.
			return List.of();
		}
		if (!this.lucene) {
			return TextMatch.typos(text, (word) -> found(session, type, exactly, word))
				.stream()
				.map(TextMatch.Typo::fuzzy)
				.toList();
		}
		try (IndexReader reader = session.scope(type).extension(LuceneExtension.get()).openIndexReader()) {
			// A word no field's term dictionary holds is in no record: no query needed.
			// Most words of a query are absent from most kinds, so the overview's small
			// sources mostly answer here.
			List<String> missing = List.copyOf(TextMatch.typos(text,
					(word) -> inDictionary(reader, word, fields) && found(session, type, exactly, word)));
			List<TextMatch.Typo> typos = new ArrayList<>();
			for (String word : missing) {
				typos.add(TextMatch.Typo.meaning(word, meant(reader, word, near(word), fields)));
			}
			return typos;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether one record the caller may open has the word: in index order, so the engine
	 * stops at the first it meets instead of scoring every record that has it.
	 */
	private static boolean found(SearchSession session, Class<?> type,
			BiFunction<SearchPredicateFactory, String, PredicateFinalStep> exactly, String word) {
		return !session.search(type)
			.select((f) -> f.id())
			.where((f) -> exactly.apply(f, word))
			.sort((f) -> f.indexOrder())
			.totalHitCountThreshold(1)
			.fetchHits(1)
			.isEmpty();
	}

	/**
	 * Whether any of the fields' term dictionaries may hold the word. Only a plain word
	 * of ASCII letters is looked up (the analyzer leaves it as it is, lower case); any
	 * other answers true, and the query decides.
	 */
	static boolean inDictionary(IndexReader reader, String word, String[] fields) {
		if (!PLAIN.matcher(word).matches()) {
			return true;
		}
		BytesRef term = new BytesRef(word);
		try {
			for (String field : fields) {
				Terms terms = MultiTerms.getTerms(reader, field);
				if (terms != null && terms.iterator().seekExact(term)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The index terms within the word's edit distance in any of the fields, closest and
	 * most common first, at most {@value #MAX_MEANT}.
	 */
	static List<String> meant(IndexReader reader, String word, CompiledAutomaton near, String[] fields)
			throws IOException {
		int edits = TextMatch.edits(word);
		LevenshteinDistance distance = new LevenshteinDistance(edits + 1);
		Map<String, Candidate> found = new HashMap<>();
		for (String field : fields) {
			Terms terms = MultiTerms.getTerms(reader, field);
			if (terms == null) {
				continue;
			}
			TermsEnum each = near.getTermsEnum(terms);
			for (BytesRef term = each.next(); term != null; term = each.next()) {
				String meant = term.utf8ToString();
				int frequency = each.docFreq();
				int apart = distance.apply(word, meant);
				found.merge(meant, new Candidate(meant, (apart < 0) ? edits + 1 : apart, frequency),
						(a, b) -> new Candidate(a.term(), a.distance(), a.frequency() + b.frequency()));
			}
		}
		return found.values()
			.stream()
			.sorted(Comparator.comparingInt(Candidate::distance)
				.thenComparing(Comparator.comparingLong(Candidate::frequency).reversed())
				.thenComparing(Candidate::term))
			.limit(MAX_MEANT)
			.map(Candidate::term)
			.toList();
	}

	/**
	 * How close a term is to the word typed, as Lucene's fuzzy query weighs it: one less
	 * the edits between them over the shorter's length ("washing" is 0.83 for "washng",
	 * "wash" 0.5), never under 0.1.
	 */
	static float closeness(String word, String term) {
		int shorter = Math.min(word.length(), term.length());
		int apart = LevenshteinDistance.getDefaultInstance().apply(word, term);
		return Math.max(0.1f, 1f - (float) apart / Math.max(1, shorter));
	}

	/**
	 * The automaton of the words within the word's edit distance, first letter exact. It
	 * depends on the word alone, so the overview's sources share one (building it is the
	 * costly part), kept for the next {@value #AUTOMATA_KEPT} words.
	 */
	CompiledAutomaton near(String word) {
		if (this.automata.size() >= AUTOMATA_KEPT) {
			this.automata.clear();
		}
		return this.automata.computeIfAbsent(word, TypoTolerance::automaton);
	}

	static CompiledAutomaton automaton(String word) {
		return new FuzzyQuery(new Term("", word), TextMatch.edits(word), 1, MAX_MEANT, true).getAutomata();
	}

	private record Candidate(String term, int distance, long frequency) {

	}

}
