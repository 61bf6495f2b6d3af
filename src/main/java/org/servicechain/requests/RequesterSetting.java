package org.servicechain.requests;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.servicechain.shared.AssignedIdEntity;

/**
 * Whether a customer organisation lets all its portal users see all its requests. Off by
 * default: a contact of an organisation sees the requests they raised themselves.
 */
@Entity
@Table(name = "requester_setting")
class RequesterSetting extends AssignedIdEntity {

	@Id
	@Column(name = "party_id")
	private UUID partyId;

	@Version
	private long version;

	@Column(name = "share_within_organisation", nullable = false)
	private boolean shareWithinOrganisation;

	protected RequesterSetting() {
		this.partyId = new UUID(0, 0);
	}

	RequesterSetting(UUID partyId) {
		this();
		this.partyId = partyId;
	}

	@Override
	public UUID getId() {
		return this.partyId;
	}

	long getVersion() {
		return this.version;
	}

	boolean isShareWithinOrganisation() {
		return this.shareWithinOrganisation;
	}

	void share(boolean share) {
		this.shareWithinOrganisation = share;
	}

}
