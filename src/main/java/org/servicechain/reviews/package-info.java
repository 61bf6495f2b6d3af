/**
 * Reviews on evidence (PM-2 … PM-4): a scorecard for every partner and internal team,
 * computed from what happened (its own clocks, the breaches the ledger attributes to it,
 * its responsiveness, the complaints about it), with weights, thresholds and critical
 * measures set by managers per kind of agreement, a trend against earlier periods, and
 * figures a partner may dispute.
 */
@ApplicationModule(displayName = "Reviews",
		allowedDependencies = { "shared", "identity", "chain", "agreements", "sla", "complaints", "requests",
				"feedback" })
@NullMarked
package org.servicechain.reviews;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
