package org.servicechain.requests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
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

/**
 * Requests found by their summary, description, reference or conversation (REC-2). The
 * caller's access is part of the query, built from the same rules as
 * {@link RequestAccessPolicy} and {@link RequestSpecifications#visibleTo}: staff find
 * every request, a team member those their team delivers or was handed a task on, a
 * customer their own (or their party's, when shared), a partner user none. A customer's
 * search reads public replies only, never internal notes or task messages, so a note
 * cannot make a request match nor show in a highlight.
 */
@Component
class RequestSearch implements SearchSource {

	/**
	 * How many matching messages are considered: the requests they belong to join the
	 * text matches.
	 */
	static final int MESSAGE_WINDOW = 500;

	private final EntityManager entityManager;

	private final RequestAccessPolicy policy;

	private final RequestRecords records;

	private final ChainTasks tasks;

	RequestSearch(EntityManager entityManager, RequestAccessPolicy policy, RequestRecords records, ChainTasks tasks) {
		this.entityManager = entityManager;
		this.policy = policy;
		this.records = records;
		this.tasks = tasks;
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
		Set<UUID> viaMessages = messageRequestIds(session, internal, query.text());
		Optional<Long> reference = RequestReference.numberIn(query.text());
		var result = session.search(ServiceRequest.class)
			.select((f) -> f.composite((request, score, highlights) -> new Found(request, score, highlights),
					f.entity(), f.score(),
					f.composite(TextMatch::joined, f.highlight("summary"), f.highlight("description"))))
			.where((f) -> f.and(matching(f, query.text(), viaMessages, reference), scope.predicate(f)))
			.highlighter(TextMatch::highlighter)
			.fetch(query.offset(), query.limit());
		Map<UUID, List<String>> inMessages = messageHighlights(session, internal, query.text(),
				result.hits().stream().map((found) -> found.request().getId()).toList());
		List<SearchHit> hits = result.hits()
			.stream()
			.map((found) -> hit(caller, found.request(), found.score(), found.highlights(), inMessages))
			.toList();
		return new SearchResult(hits, result.total().hitCount());
	}

	private record Found(ServiceRequest request, float score, List<String> highlights) {

	}

	private static PredicateFinalStep matching(SearchPredicateFactory f, String text, Set<UUID> viaMessages,
			Optional<Long> reference) {
		var any = f.bool().should(TextMatch.matching(f, text, "summary", "description"));
		if (!viaMessages.isEmpty()) {
			any.should(f.id().matchingAny(List.copyOf(viaMessages)));
		}
		reference.ifPresent((number) -> any.should(f.match().field("referenceNumber").matching(number).boost(10f)));
		return any;
	}

	/**
	 * The requests whose messages the caller may read match the text: ids only, the best
	 * {@link #MESSAGE_WINDOW}.
	 */
	private static Set<UUID> messageRequestIds(SearchSession session, boolean internal, String text) {
		return new LinkedHashSet<>(session.search(RequestMessage.class)
			.select((f) -> f.field("requestId", UUID.class))
			.where((f) -> readable(f, internal).must(TextMatch.matching(f, text, "body")))
			.fetchHits(MESSAGE_WINDOW));
	}

	/**
	 * The highlights of the matching messages the caller may read, for the requests on
	 * the page only.
	 */
	private static Map<UUID, List<String>> messageHighlights(SearchSession session, boolean internal, String text,
			List<UUID> requestIds) {
		if (requestIds.isEmpty()) {
			return Map.of();
		}
		List<List<?>> found = session.search(RequestMessage.class)
			.select((f) -> f.composite(f.field("requestId", UUID.class), f.highlight("body")))
			.where((f) -> readable(f, internal).must(TextMatch.matching(f, text, "body"))
				.filter(f.terms().field("requestId").matchingAny(requestIds)))
			.highlighter(TextMatch::highlighter)
			.fetchHits(requestIds.size() * 2);
		Map<UUID, List<String>> byRequest = new LinkedHashMap<>();
		for (List<?> row : found) {
			UUID requestId = (UUID) row.get(0);
			@SuppressWarnings("unchecked")
			List<String> highlights = (List<String>) row.get(1);
			byRequest.computeIfAbsent(requestId, (id) -> new ArrayList<>()).addAll(highlights);
		}
		return byRequest;
	}

	/**
	 * Customers read public replies only, never internal notes or task messages.
	 */
	private static BooleanPredicateClausesStep<?, ?> readable(SearchPredicateFactory f, boolean internal) {
		var where = f.bool();
		if (!internal) {
			where.filter(f.match().field("visibility").matching(Visibility.PUBLIC));
		}
		return where;
	}

	private static SearchHit hit(Caller caller, ServiceRequest request, float score, List<String> found,
			Map<UUID, List<String>> messages) {
		List<String> highlights = new ArrayList<>(found);
		List<String> inMessages = messages.getOrDefault(request.getId(), List.of());
		highlights.addAll(inMessages.subList(0, Math.min(2, inMessages.size())));
		String url = (caller.staff() ? "/requests/" : "/portal/requests/") + request.getId();
		return new SearchHit("request", request.getId(), request.reference(), request.getSummary(), url,
				List.copyOf(highlights.subList(0, Math.min(3, highlights.size()))), score);
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
