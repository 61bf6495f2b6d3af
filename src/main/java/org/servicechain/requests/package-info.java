/**
 * Requests delivered through the chain (REQ-1, REQ-2, REQ-4, REQ-5, INT-2): a customer's
 * request, internal or external, with its conversation and attachments; chain tasks
 * handed to the internal teams and suppliers upstream of the request's service, each
 * under its own agreement; team queues ordered by what is due and by the agreed
 * internal-versus-external rule; assignment and workload; the customer and partner
 * portals' side of the work.
 */
@ApplicationModule(displayName = "Requests",
		allowedDependencies = { "shared", "identity", "chain", "calendar", "businesscalendars", "agreements", "search",
				"privacy" })
@NullMarked
package org.servicechain.requests;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
