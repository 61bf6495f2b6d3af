/**
 * The knowledge base (REC-3; B10 3.3, 4.1): procedures, known solutions and contingency
 * procedures in Markdown, each edit kept as a version, with an owner, a review date and
 * an audience (staff only, or published to the customer and partner portals). Articles
 * are found by the header search, suggested beside a request by a "more like this" query
 * on the request's words, and linked to the requests they helped with, so the most useful
 * ones show. Who reads and writes what is decided in {@link KnowledgeAccessPolicy}.
 */
@ApplicationModule(displayName = "Knowledge base",
		allowedDependencies = { "shared", "identity", "chain", "requests", "search" })
@NullMarked
package org.servicechain.knowledge;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
