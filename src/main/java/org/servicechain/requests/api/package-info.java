/**
 * The requests REST API under {@code /api/v1}: requests, their conversation, transitions
 * and tasks, and team queues (REQ-1 … REQ-5, INT-1).
 */
@NullMarked
package org.servicechain.requests.api;

import org.jspecify.annotations.NullMarked;
