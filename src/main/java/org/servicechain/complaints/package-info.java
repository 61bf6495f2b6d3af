/**
 * Complaints handled by procedure (CMP-1 … CMP-4; 328 5.1–5.3, 9.1): a complaint from any
 * customer, internal or external, about a request, a service or a party of the chain; the
 * five steps (acknowledge, apologise, analyse, act, assure), each with its own clock in
 * business time derived from the complaint's history by the SLA clock engine; remedies
 * approved within the authority recorded on contacts; referral and escalation; the
 * register, its reports and export; the customer's and partner's portal side.
 */
@ApplicationModule(displayName = "Complaints",
		allowedDependencies = { "shared", "identity", "chain", "calendar", "businesscalendars", "requests", "sla",
				"privacy", "search" })
@NullMarked
package org.servicechain.complaints;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
