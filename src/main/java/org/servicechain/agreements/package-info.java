/**
 * Agreements between the parties of the chain: customer SLAs, internal OLAs and supplier
 * underpinning contracts, their targets per priority, negotiation through versions
 * accepted by an authorised contact of each side, reviews and expiry, and whether a
 * customer promise can be kept along the chain beneath it (AGREE-1 … AGREE-6).
 */
@ApplicationModule(displayName = "Agreements",
		allowedDependencies = { "shared", "identity", "chain", "calendar", "businesscalendars", "search" })
@NullMarked
package org.servicechain.agreements;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
