package org.servicechain.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.servicechain.requests.RequestAccessPolicy.Caller;
import org.servicechain.search.SearchHit;
import org.servicechain.search.SearchQuery;
import org.servicechain.search.SearchResult;
import org.servicechain.search.SearchSource;
import org.servicechain.search.TextMatch;
import org.servicechain.search.TypoTolerance;

/**
 * Requests found by their summary, description, reference or conversation (REC-2), in one
 * query on the request's document (the conversation is indexed on it by
 * {@link ConversationBinder}), projecting stored fields rather than loading entities. The
 * caller's access is part of the query, built from the same rules as
 * {@link RequestAccessPolicy} and {@link RequestSpecifications#visibleTo}: staff find
 * every request, a team member those their team delivers or was handed a task on, a
 * customer their own (or their party's, when shared), a partner user none. A customer's
 * search reads public replies only, never internal notes or task messages, so a note
 * cannot make a request match nor show in a highlight.
 */
@Component
class RequestSearch implements SearchSource {

	private final EntityManager entityManager;

	private final RequestAccessPolicy policy;

	private final RequestRecords records;

	private final ChainTasks tasks;

	private final TypoTolerance typoTolerance;

	RequestSearch(EntityManager entityManager, RequestAccessPolicy policy, RequestRecords records, ChainTasks tasks,
			TypoTolerance typoTolerance) {
		this.entityManager = entityManager;
		this.policy = policy;
		this.records = records;
		this.tasks = tasks;
		this.typoTolerance = typoTolerance;
	}

	@Override
	public String kind() {
		return "request";
	}

	@Override
	public String label() {
		return "Requests";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public SearchResult search(SearchQuery query) {
		Caller caller = this.policy.caller();
		@Nullable Scope scope = scope(caller);
		if (scope == null) {
			return SearchResult.none();
		}
		SearchSession session = Search.session(this.entityManager);
		boolean internal = this.policy.seesInternal(caller);
		String[] text = internal
				? new String[] { "summary", "description", ConversationBinder.PUBLIC, ConversationBinder.NOTES }
				: new String[] { "summary", "description", ConversationBinder.PUBLIC };
		Optional<Long> reference = RequestReference.numberIn(query.text());
		List<TextMatch.Typo> typos = this.typoTolerance.of(session, ServiceRequest.class, query.text(), text,
				scope::predicate);
		var result = session.search(ServiceRequest.class)
			.select((f) -> f.composite()
				.from(f.id(UUID.class).toProjection(), f.field("referenceNumber", Long.class).toProjection(),
						f.field("summary", String.class).toProjection(), f.score().toProjection(), highlights(f, text))
				.asList())
			.where((f) -> f.and(matching(f, query.text(), typos, text, reference), scope.predicate(f)))
			.highlighter(TextMatch::highlighter)
			.totalHitCountThreshold(SearchResult.COUNTED_UP_TO)
			.fetch(query.offset(), query.limit());
		List<SearchHit> hits = result.hits().stream().map((row) -> hit(caller, row)).toList();
		return SearchResult.of(hits, result.total());
	}

	private static SearchProjection<List<String>> highlights(SearchProjectionFactory<?, ?> f, String[] fields) {
		List<SearchProjection<List<String>>> each = new ArrayList<>();
		for (String field : fields) {
			each.add(f.highlight(field).toProjection());
		}
		return f.composite().from(each.toArray(SearchProjection[]::new)).asList((lists) -> {
			List<String> all = new ArrayList<>();
			for (Object list : lists) {
				for (Object fragment : (List<?>) list) {
					all.add((String) fragment);
				}
			}
			return List.copyOf(all.subList(0, Math.min(3, all.size())));
		}).toProjection();
	}

	private static PredicateFinalStep matching(SearchPredicateFactory f, String text, List<TextMatch.Typo> typos,
			String[] fields, Optional<Long> reference) {
		var any = f.bool().should(TextMatch.matching(f, text, typos, fields));
		reference.ifPresent((number) -> any.should(f.match().field("referenceNumber").matching(number).boost(10f)));
		return any;
	}

	@SuppressWarnings("unchecked")
	private static SearchHit hit(Caller caller, List<?> row) {
		UUID id = (UUID) row.get(0);
		Long number = (Long) row.get(1);
		String url = (caller.staff() ? "/requests/" : "/portal/requests/") + id;
		return new SearchHit("request", id, RequestReference.PREFIX + number, (String) row.get(2), url,
				(List<String>) row.get(4), (Float) row.get(3));
	}

	/**
	 * The requests the caller may open, as a filter, or null when none.
	 */
	private @Nullable Scope scope(Caller caller) {
		if (caller.fullStaff()) {
			return (f) -> f.matchAll();
		}
		UUID party = caller.partyId();
		if (party == null) {
			return null;
		}
		if (caller.teamMember()) {
			List<UUID> handed = this.tasks.requestIdsWithTasksFor(party).stream().distinct().toList();
			return (f) -> {
				var any = f.bool().should(f.match().field("providerId").matching(party));
				if (!handed.isEmpty()) {
					any.should(f.id().matchingAny(handed));
				}
				return any;
			};
		}
		if (caller.customer()) {
			boolean shared = this.records.sharedWithinParty(party);
			String username = caller.username();
			return (f) -> {
				var own = f.bool().must(f.match().field("requesterId").matching(party));
				if (!shared) {
					own.must(f.match().field("raisedBy").matching(username));
				}
				return own;
			};
		}
		return null;
	}

	private interface Scope {

		PredicateFinalStep predicate(SearchPredicateFactory f);

	}

}
