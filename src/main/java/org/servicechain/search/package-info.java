/**
 * Search across the records (REC-2; B10 3.3): one query over requests and their
 * conversations, parties, contacts and agreements, on Hibernate Search with the embedded
 * Lucene backend by default or OpenSearch by configuration. Each module marks its own
 * entities for indexing and answers queries about them through a {@link SearchSource}, so
 * what a hit may show is decided by the module that owns the record, with its own access
 * policy, inside the query (totals and highlights never count what the caller may not
 * open).
 */
@ApplicationModule(displayName = "Search", allowedDependencies = { "shared", "identity" })
@NullMarked
package org.servicechain.search;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
