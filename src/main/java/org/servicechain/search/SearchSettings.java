package org.servicechain.search;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the search index lives ({@code servicechain.search.*}).
 *
 * @param backend {@code lucene} (embedded, the default) or {@code opensearch}
 * @param indexDirectory the Lucene index's folder
 * @param opensearch the OpenSearch cluster, when that backend is chosen
 * @param indexOnStartup whether an empty index is filled from the database at startup
 * @param synchronization when a write returns with respect to the index: Hibernate
 * Search's {@code write-sync} (default), {@code sync} (also searchable at once: tests) or
 * {@code async}
 */
@ConfigurationProperties("servicechain.search")
public record SearchSettings(@Nullable Backend backend, @Nullable Path indexDirectory, @Nullable OpenSearch opensearch,
		@Nullable Boolean indexOnStartup, @Nullable String synchronization) {

	public enum Backend {

		LUCENE, OPENSEARCH

	}

	/**
	 * @param uris the nodes, e.g. {@code https://search.example.org:9200}
	 * @param version the distribution and version Hibernate Search talks to, e.g.
	 * {@code 2.19}
	 */
	public record OpenSearch(@Nullable List<String> uris, @Nullable String username, @Nullable String password,
			@Nullable String version) {

	}

	Backend backendOrDefault() {
		return (this.backend != null) ? this.backend : Backend.LUCENE;
	}

	Path indexDirectoryOrDefault() {
		return (this.indexDirectory != null) ? this.indexDirectory : Path.of("data", "index");
	}

	boolean indexOnStartupOrDefault() {
		return this.indexOnStartup == null || this.indexOnStartup;
	}

}
