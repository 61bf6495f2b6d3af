package org.servicechain.chain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contact with their authority, as the UI and the API show it.
 *
 * @param reviewReason why the contact waits for someone to review it (made from a mail by
 * an unknown sender), or {@literal null} when nobody needs to
 */
public record ContactView(UUID id, long version, UUID partyId, String partyName, String name, @Nullable String jobRole,
		@Nullable String email, @Nullable String phone, @Nullable Channel preferredChannel,
		@Nullable String communicationStyle, @Nullable String availability, boolean canApproveSpend,
		@Nullable BigDecimal spendLimit, boolean canSetPriorities, boolean canSignAgreements,
		@Nullable Integer escalationLevel, @Nullable UUID reportsToId, @Nullable String reportsToName,
		List<InfluenceView> influences, @Nullable String reviewReason, @Nullable String postalAddress,
		@Nullable String postcode) {

	public boolean holdsAuthority() {
		return this.canApproveSpend || this.canSetPriorities || this.canSignAgreements || this.escalationLevel != null;
	}

	public record InfluenceView(UUID contactId, String contactName, @Nullable String note) {

	}

}
