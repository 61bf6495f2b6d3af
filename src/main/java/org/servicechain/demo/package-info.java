/**
 * Demo data: one realistic organisation, loaded on first start when
 * {@code servicechain.demo.enabled} is true, so a new user sees a living system at once.
 * It uses only the public facades of the modules it fills, exactly as a user would.
 */
@ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "identity", "chain", "calendar", "businesscalendars", "agreements",
				"requests", "sla", "complaints", "workforce", "feedback", "reviews", "portfolio", "notices",
				"knowledge", "improvement" })
@NullMarked
package org.servicechain.demo;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
