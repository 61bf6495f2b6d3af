/**
 * Mystery shopping and service audits (FB-7; B10 2.7, 2.8; 328 6.3, 10.3): checklist
 * templates with weighted items, audits of a team, a partner or a channel scheduled from
 * them (optionally recurring), the result per item with a weighted score, findings, and
 * improvement actions raised from findings through the feedback module's
 * {@code ImprovementManagement} (the actions themselves stay in feedback, see
 * docs/architecture.md). Who sees and does what is decided in {@link AuditAccessPolicy}.
 */
@ApplicationModule(displayName = "Improvement (audits)",
		allowedDependencies = { "shared", "identity", "chain", "agreements", "feedback" })
@NullMarked
package org.servicechain.improvement;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
