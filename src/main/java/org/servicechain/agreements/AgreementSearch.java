package org.servicechain.agreements;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.search.SearchHit;
import org.servicechain.search.SearchQuery;
import org.servicechain.search.SearchResult;
import org.servicechain.search.SearchSource;
import org.servicechain.search.TextMatch;
import org.servicechain.search.TypoTolerance;

/**
 * Agreements found by title or reference ({@code AGR-12}), with the rule of
 * {@link AgreementAccessPolicy#canRead}: staff find every agreement, a portal user only
 * those their own party is a side of, which they open in their portal.
 */
@Component
class AgreementSearch implements SearchSource {

	private static final Pattern REFERENCE = Pattern.compile("(?i)\\bAGR-(\\d{1,9})\\b");

	private final EntityManager entityManager;

	private final TypoTolerance typoTolerance;

	AgreementSearch(EntityManager entityManager, TypoTolerance typoTolerance) {
		this.entityManager = entityManager;
		this.typoTolerance = typoTolerance;
	}

	@Override
	public String kind() {
		return "agreement";
	}

	@Override
	public String label() {
		return "Agreements";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public SearchResult search(SearchQuery query) {
		Optional<CurrentUser> signedIn = CurrentUser.get();
		if (signedIn.isEmpty()) {
			return SearchResult.none();
		}
		CurrentUser user = signedIn.get();
		UUID party = user.partyId();
		if (!user.isStaff() && party == null) {
			return SearchResult.none();
		}
		Optional<Integer> reference = reference(query.text());
		String base = user.isStaff() ? "/agreements/" : "/portal/agreements/";
		SearchSession session = Search.session(this.entityManager);
		String[] text = { "title" };
		List<TextMatch.Typo> typos = this.typoTolerance.of(session, Agreement.class, query.text(), text,
				(f) -> readable(f, user, party));
		var result = session.search(Agreement.class)
			.select((f) -> f.composite(
					(agreement, score, highlights) -> new SearchHit("agreement", agreement.getId(),
							agreement.reference(), agreement.getTitle(), base + agreement.getId(), highlights, score),
					f.entity(), f.score(), f.highlight("title")))
			.where((f) -> {
				var matching = f.bool().should(TextMatch.matching(f, query.text(), typos, text));
				reference.ifPresent(
						(number) -> matching.should(f.match().field("referenceNumber").matching(number).boost(10f)));
				return f.bool().must(matching).filter(readable(f, user, party));
			})
			.highlighter(TextMatch::highlighter)
			.totalHitCountThreshold(SearchResult.COUNTED_UP_TO)
			.fetch(query.offset(), query.limit());
		return SearchResult.of(result.hits(), result.total());
	}

	/**
	 * The agreements the caller may open: every one for staff, else those their party is
	 * a side of.
	 */
	private static PredicateFinalStep readable(SearchPredicateFactory f, CurrentUser user, @Nullable UUID party) {
		if (user.isStaff()) {
			return f.matchAll();
		}
		return f.bool()
			.should(f.match().field("providerId").matching(party))
			.should(f.match().field("consumerId").matching(party));
	}

	private static Optional<Integer> reference(String text) {
		Matcher matcher = REFERENCE.matcher(text);
		return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
	}

}
