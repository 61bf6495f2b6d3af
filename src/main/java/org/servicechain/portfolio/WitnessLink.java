package org.servicechain.portfolio;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A witness request just made. A witness named by account or chain contact gets the
 * single-use link by mail, and the practitioner never sees it ({@code path} is
 * {@literal null}, {@code mailedTo} names the witness); for a witness named only in
 * words, the path is shown once, to be passed on. Only the token's hash is kept.
 */
public record WitnessLink(UUID id, @Nullable String path, @Nullable String mailedTo, Instant expiresAt) {

}
