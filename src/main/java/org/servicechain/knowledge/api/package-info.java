/**
 * The REST API of the knowledge base under {@code /api/v1/knowledge}.
 */
@NullMarked
package org.servicechain.knowledge.api;

import org.jspecify.annotations.NullMarked;
