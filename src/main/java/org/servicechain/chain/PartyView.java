package org.servicechain.chain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A party as other modules, the UI and the API see it.
 *
 * @param mergedIntoId the party this duplicate was merged into, or {@literal null}
 */
public record PartyView(UUID id, long version, String name, PartyKind kind, boolean internal,
		@Nullable CustomerType customerType, @Nullable String description, @Nullable PartnerStatus partnerStatus,
		@Nullable LocalDate partnerStatusSince, List<InformationSource> informationSources, Instant createdAt,
		@Nullable UUID mergedIntoId, @Nullable Instant mergedAt) {

	/**
	 * @return whether this party was a duplicate merged into {@link #mergedIntoId()}
	 */
	public boolean merged() {
		return this.mergedIntoId != null;
	}

	public boolean customer() {
		return this.kind == PartyKind.CUSTOMER;
	}

	public String scope() {
		return this.internal ? "Internal" : "External";
	}

}
