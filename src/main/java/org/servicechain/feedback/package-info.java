/**
 * Feedback that closes the loop (FB-1 … FB-5): surveys sent by rule after a request is
 * resolved, answered once through an unguessable link without signing in; comments,
 * compliments and suggestions captured from any channel; scores and trends by service,
 * team, partner and period; the sentiment of free text (AFINN-165 lexicon) and the themes
 * that recur across comments, survey answers and complaints (Carrot2 suffix tree
 * clustering); decisions on what to act on, and alerts when a theme recurs past a
 * threshold.
 */
@ApplicationModule(displayName = "Feedback",
		allowedDependencies = { "shared", "identity", "chain", "calendar", "businesscalendars", "agreements",
				"requests", "sla", "complaints", "privacy" })
@NullMarked
package org.servicechain.feedback;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
