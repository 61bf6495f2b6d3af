package org.servicechain.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.CurrentUser;
import org.servicechain.search.SearchHit;
import org.servicechain.search.SearchQuery;
import org.servicechain.search.SearchResult;
import org.servicechain.search.SearchSource;
import org.servicechain.search.TextMatch;
import org.servicechain.search.TypoTolerance;

/**
 * Knowledge articles in the header search and {@code GET /api/v1/search}, found by title
 * and body with the shared typo tolerance, filtered inside the query to the audiences
 * {@link KnowledgeAccessPolicy#readable} allows (customers and partners: PUBLISHED only),
 * so totals never count a staff-only article for them. Staff open hits on
 * {@code /knowledge}, portal users on {@code /portal/knowledge}.
 *
 * <p>
 * Also the "more like this" behind the suggestions beside a request: the request's words
 * (stop words dropped, at most {@value #MAX_TERMS} distinct ones) as one OR query over
 * title and body, so BM25 weights each by how rare it is among the articles, as Lucene's
 * MoreLikeThis does, and that works the same on the Lucene and OpenSearch backends.
 */
@Component
class KnowledgeSearch implements SearchSource {

	static final int MAX_TERMS = 30;

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "can",
			"could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if",
			"in", "into", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "she", "so", "that",
			"the", "their", "them", "then", "there", "they", "this", "to", "too", "us", "was", "we", "were", "what",
			"when", "which", "who", "why", "will", "with", "would", "you", "your", "yet", "been", "yesterday", "today",
			"please", "hello", "thanks", "thank", "still");

	private final EntityManager entityManager;

	private final KnowledgeAccessPolicy access;

	private final TypoTolerance typoTolerance;

	KnowledgeSearch(EntityManager entityManager, KnowledgeAccessPolicy access, TypoTolerance typoTolerance) {
		this.entityManager = entityManager;
		this.access = access;
		this.typoTolerance = typoTolerance;
	}

	@Override
	public String kind() {
		return "article";
	}

	@Override
	public String label() {
		return "Knowledge articles";
	}

	@Override
	public int order() {
		return 25;
	}

	@Override
	@Transactional(readOnly = true)
	public SearchResult search(SearchQuery query) {
		if (CurrentUser.get().isEmpty()) {
			return SearchResult.none();
		}
		CurrentUser user = CurrentUser.get().get();
		List<ArticleAudience> readable = this.access.readable(user);
		if (readable.isEmpty()) {
			return SearchResult.none();
		}
		String base = user.isStaff() ? "/knowledge/" : "/portal/knowledge/";
		SearchSession session = Search.session(this.entityManager);
		String[] text = { "title", "body" };
		List<TextMatch.Typo> typos = this.typoTolerance.of(session, Article.class, query.text(), text,
				(f) -> f.terms().field("audience").matchingAny(readable));
		var result = session.search(Article.class)
			.select((f) -> f.composite(
					(article, score, highlights) -> new SearchHit("article", article.getId(), null, article.getTitle(),
							base + article.getId(), highlights, score),
					f.entity(), f.score(), f.composite(TextMatch::joined, f.highlight("title"), f.highlight("body"))))
			.where((f) -> f.bool()
				.must(TextMatch.matching(f, query.text(), typos, text))
				.filter(f.terms().field("audience").matchingAny(readable)))
			.highlighter(TextMatch::highlighter)
			.totalHitCountThreshold(SearchResult.COUNTED_UP_TO)
			.fetch(query.offset(), query.limit());
		return SearchResult.of(result.hits(), result.total());
	}

	/**
	 * @return the ids of the articles of the given audiences most like the text, best
	 * first
	 */
	List<UUID> moreLikeThis(String text, List<ArticleAudience> audiences, int limit) {
		String terms = String.join(" ", terms(text));
		if (terms.isEmpty() || audiences.isEmpty()) {
			return List.of();
		}
		return Search.session(this.entityManager)
			.search(Article.class)
			.select((f) -> f.id(UUID.class))
			.where((f) -> f.bool()
				.must(f.bool()
					.should(f.match().field("title").matching(terms).boost(2f))
					.should(f.match().field("body").matching(terms)))
				.filter(f.terms().field("audience").matchingAny(audiences)))
			.fetchHits(limit);
	}

	/**
	 * The words of a text worth matching: lower case, letters and digits, no stop words,
	 * at most {@value #MAX_TERMS}, in order of first appearance.
	 */
	static List<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() > 1 && !STOP_WORDS.contains(word)) {
				terms.add(word);
			}
			if (terms.size() == MAX_TERMS) {
				break;
			}
		}
		return List.copyOf(terms);
	}

}
