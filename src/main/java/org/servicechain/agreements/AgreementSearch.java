package org.servicechain.agreements;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.search.SearchHit;
import org.servicechain.search.SearchQuery;
import org.servicechain.search.SearchResult;
import org.servicechain.search.SearchSource;
import org.servicechain.search.TextMatch;

/**
 * Agreements found by title or reference ({@code AGR-12}), with the rule of
 * {@link AgreementAccessPolicy#canRead}: staff find every agreement, a portal user only
 * those their own party is a side of, which they open in their portal.
 */
@Component
class AgreementSearch implements SearchSource {

	private static final Pattern REFERENCE = Pattern.compile("(?i)\\bAGR-(\\d{1,9})\\b");

	private final EntityManager entityManager;

	AgreementSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
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
		var result = Search.session(this.entityManager)
			.search(Agreement.class)
			.select((f) -> f.composite(
					(agreement, score, highlights) -> new SearchHit("agreement", agreement.getId(),
							agreement.reference(), agreement.getTitle(), base + agreement.getId(), highlights, score),
					f.entity(), f.score(), f.highlight("title")))
			.where((f) -> {
				var text = f.bool().should(TextMatch.matching(f, query.text(), "title"));
				reference
					.ifPresent((number) -> text.should(f.match().field("referenceNumber").matching(number).boost(10f)));
				var where = f.bool().must(text);
				if (!user.isStaff()) {
					where.filter(f.bool()
						.should(f.match().field("providerId").matching(party))
						.should(f.match().field("consumerId").matching(party)));
				}
				return where;
			})
			.highlighter(TextMatch::highlighter)
			.fetch(query.offset(), query.limit());
		return new SearchResult(List.copyOf(result.hits()), result.total().hitCount());
	}

	private static Optional<Integer> reference(String text) {
		Matcher matcher = REFERENCE.matcher(text);
		return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
	}

}
