package org.servicechain.requests;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.servicechain.shared.AssignedIdEntity;

/**
 * A filter of the request list that one user saved under a name, to open again in one
 * click (REQ-5).
 */
@Entity
@Table(name = "saved_view")
class SavedView extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(nullable = false, length = 100)
	private String owner;

	@Column(nullable = false, length = 80)
	private String name;

	@Column(name = "query_string", nullable = false, length = 1000)
	private String query;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SavedView() {
		this.id = UUID.randomUUID();
		this.owner = "";
		this.name = "";
		this.query = "";
		this.createdAt = Instant.EPOCH;
	}

	SavedView(String owner, String name, String query, Instant at) {
		this();
		this.owner = owner;
		this.name = name;
		this.query = query;
		this.createdAt = at;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	String getOwner() {
		return this.owner;
	}

	SavedViewView toView() {
		return new SavedViewView(this.id, this.name, this.query);
	}

}
