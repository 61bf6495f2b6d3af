/**
 * Keeping people informed (REQ-6, INT-3): in-app notifications with an unread count and
 * preferences per person, mail out through templates administrators edit, webhooks signed
 * per Standard Webhooks, all leaving through an outbox after the change that caused them
 * commits, once across all instances, retried with back-off. It listens to the events the
 * business modules publish and asks their access policies who may hear of what; none of
 * them depends on it.
 */
@ApplicationModule(displayName = "Notify",
		allowedDependencies = { "shared", "identity", "chain", "requests", "agreements", "sla", "complaints",
				"feedback", "portfolio" })
@NullMarked
package org.servicechain.notify;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
