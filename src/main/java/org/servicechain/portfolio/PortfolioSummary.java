package org.servicechain.portfolio;

import java.util.UUID;

/**
 * A portfolio in an assessor's list.
 */
public record PortfolioSummary(UUID userId, String username, String displayName, int pieces) {

}
