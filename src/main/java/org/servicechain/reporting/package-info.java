/**
 * Reporting people can trust (REP-1, REP-2): charts of SLA compliance, backlog and age,
 * complaints, feedback and its themes, workload against capacity and partner scorecards,
 * filtered by service, team, partner, customer kind and period, each drilling down to the
 * records behind it and each saying how it counts; dashboards per role with charts each
 * user pins; CSV and PDF exports; reports mailed weekly or monthly through the notify
 * module's outbox. Reads other modules only through their facades, as the system, after
 * {@link org.servicechain.reporting.ReportingAccessPolicy} has decided what the caller
 * may see.
 */
@ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "shared", "identity", "chain", "agreements", "requests", "sla", "complaints",
				"feedback", "notify", "workforce", "reviews" })
@NullMarked
package org.servicechain.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
