package org.servicechain.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.CurrentUser;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.Paging;

/**
 * The search box (REC-2; B10 3.3): asks every module's {@link SearchSource} and puts the
 * answers together, grouped by kind or as one page. It decides nothing about access
 * itself: each source returns and counts only what the caller may open.
 */
@Service
public class SiteSearch {

	/**
	 * Text longer than this is refused: a search box, not a document.
	 */
	public static final int MAX_TEXT = 200;

	/**
	 * How deep a page across all kinds may reach: each kind is asked for that many.
	 */
	static final int MAX_MERGED_DEPTH = 1_000;

	private final List<SearchSource> sources;

	private final Executor executor;

	private final @Nullable TransactionTemplate transactions;

	/**
	 * Two threads (the machine a team starts on has two cores), a short queue, and the
	 * caller does the work itself when both are busy: a burst of searches degrades to
	 * asking the sources one after another, never waits in a long queue. Not a bean: an
	 * {@code Executor} bean would replace Spring Boot's application task executor.
	 */
	@Autowired
	SiteSearch(List<SearchSource> sources, PlatformTransactionManager transactions) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
		this.executor = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(4),
				new CustomizableThreadFactory("search-"), new ThreadPoolExecutor.CallerRunsPolicy());
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setReadOnly(true);
	}

	@PreDestroy
	void stop() {
		if (this.executor instanceof ExecutorService service) {
			service.shutdown();
		}
	}

	/**
	 * Asks the sources one after another on the calling thread.
	 */
	SiteSearch(List<SearchSource> sources) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
		this.executor = Runnable::run;
		this.transactions = null;
	}

	/**
	 * A kind of record the search finds.
	 */
	public record Kind(String code, String label) {

	}

	/**
	 * The best hits of one kind and how many the caller may open in all (at least, when
	 * not {@code exact}).
	 */
	public record Group(Kind kind, List<SearchHit> hits, long total, boolean exact) {

	}

	public List<Kind> kinds() {
		return this.sources.stream().map(SiteSearch::kindOf).toList();
	}

	/**
	 * The best {@code perKind} hits of every kind, with each kind's total; kinds without
	 * hits are left out.
	 */
	@Transactional(readOnly = true)
	public List<Group> overview(String text, int perKind) {
		String query = text(text);
		signedIn();
		List<SearchResult> results = askAll(new SearchQuery(query, 0, perKind));
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			SearchResult result = results.get(i);
			if (result.total() > 0) {
				groups.add(new Group(kindOf(this.sources.get(i)), result.hits(), result.total(), result.exact()));
			}
		}
		return groups;
	}

	/**
	 * One page of hits of one kind, or of all kinds by relevance when {@code kind} is
	 * null.
	 */
	@Transactional(readOnly = true)
	public SearchPage page(String text, @Nullable String kind, int page, int size) {
		String query = text(text);
		Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
		signedIn();
		int offset = page * size;
		if (kind != null && !kind.isBlank()) {
			SearchSource source = source(kind);
			SearchResult result = source.search(new SearchQuery(query, offset, size));
			return new SearchPage(result.hits(), page, size, result.total(), pages(result.total(), size),
					result.exact());
		}
		if (offset + size > MAX_MERGED_DEPTH) {
			throw new InvalidInputException("page", "range",
					"Across all kinds, results go " + MAX_MERGED_DEPTH + " deep; choose a kind to page further");
		}
		List<SearchHit> all = new ArrayList<>();
		long total = 0;
		boolean exact = true;
		for (SearchResult result : askAll(new SearchQuery(query, 0, offset + size))) {
			all.addAll(result.hits());
			total += result.total();
			exact &= result.exact();
		}
		all.sort(Comparator.comparingDouble(SearchHit::score).reversed());
		List<SearchHit> window = all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size()));
		return new SearchPage(List.copyOf(window), page, size, total, pages(total, size), exact);
	}

	/**
	 * Every source's answer, in the sources' order. The first source (requests, by far
	 * the largest) is asked on another thread, in a read-only transaction of its own, as
	 * the signed-in user, while this thread asks the others: the overview then takes
	 * about as long as its slowest part rather than the sum of all. When the search
	 * threads are all busy the first is asked here too, after the others.
	 */
	private List<SearchResult> askAll(SearchQuery query) {
		if (this.sources.isEmpty()) {
			return List.of();
		}
		SearchSource first = this.sources.get(0);
		CompletableFuture<SearchResult> firstResult;
		if (this.transactions != null && this.sources.size() > 1) {
			TransactionTemplate transactions = this.transactions;
			Callable<SearchResult> work = DelegatingSecurityContextCallable.create(
					() -> transactions.execute((status) -> first.search(query)), SecurityContextHolder.getContext());
			firstResult = CompletableFuture.supplyAsync(() -> {
				try {
					return work.call();
				}
				catch (Exception ex) {
					throw new CompletionException(ex);
				}
			}, this.executor);
		}
		else {
			firstResult = CompletableFuture.completedFuture(first.search(query));
		}
		List<SearchResult> results = new ArrayList<>();
		results.add(null);
		for (SearchSource source : this.sources.subList(1, this.sources.size())) {
			results.add(source.search(query));
		}
		try {
			results.set(0, firstResult.join());
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
		return results;
	}

	private SearchSource source(String kind) {
		return this.sources.stream()
			.filter((source) -> source.kind().equals(kind))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("kind", "one-of",
					"kind must be one of " + kinds().stream().map(Kind::code).toList()));
	}

	private static String text(@Nullable String text) {
		String trimmed = (text != null) ? text.strip() : "";
		if (trimmed.isEmpty()) {
			throw new InvalidInputException("q", "required", "Type what to search for");
		}
		if (trimmed.length() > MAX_TEXT) {
			throw new InvalidInputException("q", "max-length", "Search for at most " + MAX_TEXT + " characters");
		}
		return trimmed;
	}

	private static void signedIn() {
		CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	private static int pages(long total, int size) {
		return (int) ((total + size - 1) / size);
	}

	private static Kind kindOf(SearchSource source) {
		return new Kind(source.kind(), source.label());
	}

}
