package org.servicechain.search;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.ConflictException;

/**
 * Fills the index from the database: at startup when the index is empty (a first run, a
 * deleted index folder, a new OpenSearch cluster), and when an administrator asks (after
 * a restore or a mapping change), with progress to show. Writes made while it runs are
 * indexed as usual and are not lost.
 */
@Service
public class SearchIndexing {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

	private final EntityManagerFactory entityManagerFactory;

	private final SearchSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	private final AtomicReference<Run> current = new AtomicReference<>();

	private final TransactionTemplate transactions;

	/**
	 * The id the audit trail files index rebuilds under.
	 */
	public static final UUID INDEX_ID = UUID
		.nameUUIDFromBytes("servicechain-search-index".getBytes(StandardCharsets.UTF_8));

	SearchIndexing(EntityManagerFactory entityManagerFactory, SearchSettings settings, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.entityManagerFactory = entityManagerFactory;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Where the last (or current) indexing stands.
	 *
	 * @param running whether it is still going
	 * @param total the records to index, once known (0 before)
	 * @param done the records indexed so far
	 * @param failure why it stopped, if it failed
	 */
	public record Progress(boolean running, long total, long done, @Nullable Instant startedAt,
			@Nullable Instant finishedAt, @Nullable String startedBy, @Nullable String failure) {

		public int percent() {
			if (this.total <= 0) {
				return this.running ? 0 : 100;
			}
			return (int) Math.min(100, this.done * 100 / this.total);
		}

	}

	public Progress progress() {
		requireAdmin();
		Run run = this.current.get();
		return (run != null) ? run.progress() : new Progress(false, 0, 0, null, null, null, null);
	}

	/**
	 * Rebuilds the whole index from the database (administrators), in the background.
	 * @throws ConflictException if a rebuild is already running
	 */
	public Progress reindex() {
		CurrentUser user = requireAdmin();
		Run run = start(user.getUsername(), true);
		this.transactions.executeWithoutResult((status) -> this.audit.record("SearchIndex", INDEX_ID, 0, "reindex",
				List.of(new AuditEntryView.FieldChange("index", null, "rebuild requested"))));
		return run.progress();
	}

	/**
	 * @return how many documents the index holds, all kinds together
	 */
	public long documents() {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		List<Class<?>> types = mapping.allIndexedEntities()
			.stream()
			.<Class<?>>map(SearchIndexedEntity::javaClass)
			.toList();
		try (var entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			return session.search(types).where((f) -> f.matchAll()).fetchTotalHitCount();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillWhenEmpty() {
		if (!this.settings.indexOnStartupOrDefault()) {
			return;
		}
		List<Class<?>> empty = emptyTypes();
		if (!empty.isEmpty()) {
			log.info("The search index has nothing for {}: indexing them from the database",
					empty.stream().map(Class::getSimpleName).toList());
			// Nothing to purge: a purge could race with a write indexed meanwhile. A kind
			// added by an upgrade (complaints) is filled although the others are not
			// empty.
			start("system", false, empty);
		}
	}

	private List<Class<?>> emptyTypes() {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		try (var entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			return mapping.allIndexedEntities()
				.stream()
				.<Class<?>>map(SearchIndexedEntity::javaClass)
				.filter((type) -> session.search(type).where((f) -> f.matchAll()).fetchTotalHitCount() == 0)
				.toList();
		}
	}

	/**
	 * Waits for the running indexing, if any (tests, the benchmark).
	 */
	public void awaitIdle() {
		Run run = this.current.get();
		if (run != null) {
			run.finished.join();
		}
	}

	private Run start(String by, boolean purgeFirst) {
		return start(by, purgeFirst, List.of(Object.class));
	}

	private Run start(String by, boolean purgeFirst, List<Class<?>> types) {
		Run run = new Run(by, this.clock.instant());
		Run previous = this.current.get();
		if (previous != null && previous.running()) {
			throw new ConflictException("The index is already being rebuilt");
		}
		if (!this.current.compareAndSet(previous, run)) {
			throw new ConflictException("The index is already being rebuilt");
		}
		try {
			Search.mapping(this.entityManagerFactory)
				.scope(types)
				.massIndexer()
				.monitor(run)
				.purgeAllOnStart(purgeFirst)
				.typesToIndexInParallel(2)
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(100)
				.start()
				.whenComplete((ignored, failure) -> run.finish(this.clock.instant(), failure));
		}
		catch (RuntimeException ex) {
			run.finish(this.clock.instant(), ex);
			throw ex;
		}
		return run;
	}

	private static CurrentUser requireAdmin() {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		if (!user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators rebuild the search index");
		}
		return user;
	}

	private static final class Run implements MassIndexingMonitor {

		private final String by;

		private final Instant startedAt;

		private final AtomicLong total = new AtomicLong();

		private final AtomicLong done = new AtomicLong();

		private final CompletableFuture<Void> finished = new CompletableFuture<>();

		private volatile @Nullable Instant finishedAt;

		private volatile @Nullable String failure;

		Run(String by, Instant startedAt) {
			this.by = by;
			this.startedAt = startedAt;
		}

		boolean running() {
			return !this.finished.isDone();
		}

		void finish(Instant at, @Nullable Throwable failure) {
			this.finishedAt = at;
			if (failure != null) {
				this.failure = failure.getClass().getSimpleName() + ": " + failure.getMessage();
				log.warn("Indexing failed", failure);
			}
			else {
				log.info("Indexing done: {} records", this.done.get());
			}
			this.finished.complete(null);
		}

		Progress progress() {
			return new Progress(running(), this.total.get(), this.done.get(), this.startedAt, this.finishedAt, this.by,
					this.failure);
		}

		@Override
		public void addToTotalCount(long increment) {
			this.total.addAndGet(increment);
		}

		@Override
		public void documentsAdded(long increment) {
			this.done.addAndGet(increment);
		}

		@Override
		public void documentsBuilt(long increment) {
		}

		@Override
		public void entitiesLoaded(long increment) {
		}

		@Override
		public void indexingCompleted() {
		}

	}

}
