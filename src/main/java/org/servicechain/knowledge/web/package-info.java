/**
 * The knowledge base's pages: the staff list, article, forms and the suggestions panel a
 * request page loads; the portal's list and article of published articles.
 */
@NullMarked
package org.servicechain.knowledge.web;

import org.jspecify.annotations.NullMarked;
