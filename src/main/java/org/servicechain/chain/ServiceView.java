package org.servicechain.chain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A service as the UI and the API see it.
 *
 * @param needs the services it needs from its provider's suppliers, {@literal null} when
 * it needs everything its provider receives
 * @param endUser whether it is delivered to at least one customer
 */
public record ServiceView(UUID id, long version, String name, @Nullable String description, @Nullable List<UUID> needs,
		boolean endUser, Instant createdAt) {

	public boolean needsEverything() {
		return this.needs == null;
	}

	public boolean needs(UUID serviceId) {
		return this.needs != null && this.needs.contains(serviceId);
	}

}
