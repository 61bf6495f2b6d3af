package org.servicechain.portfolio;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a witness sees behind their link: who asks, about which piece (redacted of
 * customers' personal data), and their answer once given.
 */
public record WitnessForm(String practitionerName, String witnessName, String kind, String reference, String title,
		String annotation, List<String> criteria, Instant occurredAt, Instant expiresAt, boolean answered,
		boolean expired, @Nullable Boolean confirmed) {

}
