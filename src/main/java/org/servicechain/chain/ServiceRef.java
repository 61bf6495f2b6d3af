package org.servicechain.chain;

import java.util.UUID;

/**
 * A service named in an analysis result.
 */
public record ServiceRef(UUID id, String name) {

}
