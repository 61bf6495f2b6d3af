package org.servicechain.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.complaints.ComplaintAccessPolicy.Caller;
import org.servicechain.identity.CurrentUser;
import org.servicechain.search.SearchHit;
import org.servicechain.search.SearchQuery;
import org.servicechain.search.SearchResult;
import org.servicechain.search.SearchSource;
import org.servicechain.search.TextMatch;
import org.servicechain.search.TypoTolerance;

/**
 * Complaints found by summary, category, the complainant's words or reference
 * ({@code CMP-104}), with exactly the rule of {@link ComplaintAccessPolicy#canRead} put
 * into the query as a filter (as {@code ComplaintQueries.visibleTo} puts it into SQL), so
 * totals and pages count only what the caller may open:
 * <ul>
 * <li>administrators, managers and agents: every complaint;</li>
 * <li>a team member: their team's as complainant or responsible party, and those referred
 * to their team or escalated to them;</li>
 * <li>a customer: their party's complaints they made, all of their party's when the party
 * is a person;</li>
 * <li>a partner: the complaints referred to their party. A person's words (the
 * description) match only where a referral to them shared personal data, so a search
 * cannot confirm what the page would not show.</li>
 * </ul>
 * Staff open hits on the staff page, customers and partners in their portal.
 */
@Component
class ComplaintSearch implements SearchSource {

	private static final Pattern REFERENCE = Pattern.compile("(?i)\\bCMP-(\\d{1,12})\\b");

	private static final String[] TEXT = { "summary", "category", "description" };

	private final EntityManager entityManager;

	private final ComplaintAccessPolicy access;

	private final ComplaintReferrals referrals;

	private final TypoTolerance typoTolerance;

	ComplaintSearch(EntityManager entityManager, ComplaintAccessPolicy access, ComplaintReferrals referrals,
			TypoTolerance typoTolerance) {
		this.entityManager = entityManager;
		this.access = access;
		this.referrals = referrals;
		this.typoTolerance = typoTolerance;
	}

	@Override
	public String kind() {
		return "complaint";
	}

	@Override
	public String label() {
		return "Complaints";
	}

	@Override
	public int order() {
		return 15;
	}

	@Override
	@Transactional(readOnly = true)
	public SearchResult search(SearchQuery query) {
		if (CurrentUser.get().isEmpty()) {
			return SearchResult.none();
		}
		Caller caller = this.access.caller();
		Scope scope = scope(caller);
		if (scope == null) {
			return SearchResult.none();
		}
		Optional<Long> reference = reference(query.text());
		String base = caller.staff() ? "/complaints/" : "/portal/complaints/";
		SearchSession session = Search.session(this.entityManager);
		List<TextMatch.Typo> typos = typos(session, scope, query.text());
		var result = session.search(Complaint.class)
			.select((f) -> f.composite()
				.from(f.entity(), f.score(),
						f.composite(TextMatch::joined, f.highlight("summary"), f.highlight("category")),
						f.highlight("description"))
				.asList())
			.where((f) -> {
				var text = f.bool().should(scope.text(f, query.text(), typos));
				reference
					.ifPresent((number) -> text.should(f.match().field("referenceNumber").matching(number).boost(10f)));
				return f.bool().must(text).filter(scope.readable(f));
			})
			.highlighter(TextMatch::highlighter)
			.totalHitCountThreshold(SearchResult.COUNTED_UP_TO)
			.fetch(query.offset(), query.limit());
		List<SearchHit> hits = result.hits().stream().map((row) -> hit(row, scope, base)).toList();
		return SearchResult.of(hits, result.total());
	}

	/**
	 * Complaints whose words are like this one's (the analysis step's "similar
	 * complaints", CMP-2): its summary matched, with the shared typo tolerance, against
	 * the summaries and descriptions the caller may read, best first.
	 * @return at most {@code limit} ids, never the complaint itself
	 */
	List<UUID> similarTo(Caller caller, Complaint complaint, int limit) {
		Scope scope = scope(caller);
		if (scope == null || complaint.getSummary().isBlank()) {
			return List.of();
		}
		SearchSession session = Search.session(this.entityManager);
		List<TextMatch.Typo> typos = typos(session, scope, complaint.getSummary());
		return session.search(Complaint.class)
			.select((f) -> f.id(UUID.class))
			.where((f) -> f.bool()
				.must(scope.text(f, complaint.getSummary(), typos))
				.filter(scope.readable(f))
				.mustNot(f.id().matching(complaint.getId())))
			.fetchHits(limit);
	}

	/**
	 * The words of {@code text} that no complaint the caller may read has as typed, in a
	 * field they may read.
	 */
	private List<TextMatch.Typo> typos(SearchSession session, Scope scope, String text) {
		return this.typoTolerance.of(session, Complaint.class, text, TEXT,
				(f, word) -> f.bool().must(scope.text(f, word, List.of())).filter(scope.readable(f)));
	}

	/**
	 * What the caller may find, and in which fields.
	 *
	 * @param everything whether every complaint is readable
	 * @param party the caller's party
	 * @param customerUsername for a customer, their login (complaints they made)
	 * @param ids complaints readable through a referral or escalation
	 * @param wordsReadable {@literal null} when the caller may match the description of
	 * every readable complaint; for partners, the complaints whose referral to them
	 * shared personal data (an organisation's words are no personal data: as
	 * {@link ComplaintAccessPolicy#seesPersonalData} and the views decide)
	 */
	private record Scope(boolean everything, @Nullable UUID party, boolean teamMember,
			@Nullable String customerUsername, List<UUID> ids, @Nullable List<UUID> wordsReadable) {

		PredicateFinalStep readable(SearchPredicateFactory f) {
			if (this.everything) {
				return f.matchAll();
			}
			var any = f.bool();
			if (this.teamMember) {
				any.should(f.match().field("complainantId").matching(this.party));
				any.should(f.match().field("responsiblePartyId").matching(this.party));
			}
			if (this.customerUsername != null) {
				any.should(f.bool()
					.must(f.match().field("complainantId").matching(this.party))
					.must(f.bool()
						.should(f.match().field("complainantPerson").matching(true))
						.should(f.match().field("raisedBy").matching(this.customerUsername))));
			}
			if (!this.ids.isEmpty()) {
				any.should(f.id().matchingAny(this.ids));
			}
			return any;
		}

		PredicateFinalStep text(SearchPredicateFactory f, String text, List<TextMatch.Typo> typos) {
			if (this.wordsReadable == null) {
				return TextMatch.matching(f, text, typos, TEXT);
			}
			var readableWords = f.bool().should(f.match().field("complainantPerson").matching(false));
			if (!this.wordsReadable.isEmpty()) {
				readableWords.should(f.id().matchingAny(this.wordsReadable));
			}
			return f.bool()
				.should(TextMatch.matching(f, text, typos, "summary", "category"))
				.should(f.bool().must(TextMatch.matching(f, text, typos, "description")).filter(readableWords));
		}

		boolean wordsReadable(Complaint complaint) {
			return this.wordsReadable == null || !complaint.isComplainantPerson()
					|| this.wordsReadable.contains(complaint.getId());
		}

	}

	private @Nullable Scope scope(Caller caller) {
		if (caller.fullStaff()) {
			return new Scope(true, null, false, null, List.of(), null);
		}
		UUID party = caller.partyId();
		if (party == null) {
			return null;
		}
		if (caller.teamMember()) {
			List<UUID> ids = new ArrayList<>(this.referrals.complaintsReferredTo(party));
			ids.addAll(this.referrals.complaintsEscalatedTo(caller.username()));
			return new Scope(false, party, true, null, ids.stream().distinct().toList(), null);
		}
		if (caller.customer()) {
			return new Scope(false, party, false, caller.username(), List.of(), null);
		}
		if (caller.partner()) {
			List<UUID> referred = this.referrals.complaintsReferredTo(party);
			if (referred.isEmpty()) {
				return null;
			}
			return new Scope(false, party, false, null, referred, this.referrals.complaintsSharedWith(party));
		}
		return null;
	}

	/**
	 * A hit; the description's highlights only where the caller may read the words (the
	 * highlighter reads the field whatever the filter matched on).
	 */
	@SuppressWarnings("unchecked")
	private static SearchHit hit(List<?> row, Scope scope, String base) {
		Complaint complaint = (Complaint) row.get(0);
		List<String> highlights = (List<String>) row.get(2);
		List<String> words = scope.wordsReadable(complaint) ? (List<String>) row.get(3) : List.of();
		return new SearchHit("complaint", complaint.getId(), complaint.reference(), complaint.getSummary(),
				base + complaint.getId(), TextMatch.joined(highlights, words), (Float) row.get(1));
	}

	private static Optional<Long> reference(String text) {
		Matcher matcher = REFERENCE.matcher(text.toUpperCase(Locale.ROOT));
		return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
	}

}
