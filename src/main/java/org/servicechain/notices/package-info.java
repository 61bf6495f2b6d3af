/**
 * Service notices: the chain at work (issue 10, REQ-6; B9 1.6). A manager declares
 * planned work or an incident at a party, a link or a service; the parties and customers
 * downstream are found through the chain analysis and told by each contact's preferred
 * channel (through notify's outbox); the notice keeps who was told, when and how, and who
 * could not be reached and why; updates and the all-clear go to the same people; requests
 * affected parties raise while it runs are linked to it. Contingency (workforce, issue
 * 15) issues one for an incident.
 */
@ApplicationModule(displayName = "Service notices",
		allowedDependencies = { "shared", "identity", "chain", "requests", "notify" })
@NullMarked
package org.servicechain.notices;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
