package org.servicechain.portfolio;

import java.time.Instant;
import java.util.UUID;

/**
 * A witness request just made: the path of its single-use link is shown once, to be
 * passed on to the witness; only its hash is kept.
 */
public record WitnessLink(UUID id, String path, Instant expiresAt) {

}
