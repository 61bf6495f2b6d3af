/**
 * The SLA REST API under {@code /api/v1}: a request's clocks and ledger, clock
 * simulation, agreements measured and what-if (REQ-3, AGREE-6).
 */
@NullMarked
package org.servicechain.sla.api;

import org.jspecify.annotations.NullMarked;
