/**
 * SLA clocks (REQ-3, AGREE-5, AGREE-6): every clock of a request, the customer's and one
 * pair per chain task, derived from the request's append-only history as a pure function
 * ({@link org.servicechain.sla.Clock}); the holding ledger and breach attribution along
 * the chain; an index of each clock's next instant kept with every event, and a
 * cluster-safe sweep that warns, records breaches, escalates and warns of upstream risk;
 * agreements measured against their own targets, with what-if for a proposed version.
 */
@ApplicationModule(displayName = "SLA clocks",
		allowedDependencies = { "shared", "identity", "chain", "calendar", "businesscalendars", "agreements",
				"requests" })
@NullMarked
package org.servicechain.sla;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
