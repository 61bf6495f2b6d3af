package org.servicechain.shared;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An entity whose id is assigned by the application (a random UUID) rather than by the
 * database. Spring Data would take such an entity for an existing one and merge it;
 * merging a new entity with a collection makes Hibernate increment its version once more
 * before the first commit, so the version a client was told on creation would already be
 * stale. Saying whether the entity is new makes Spring Data persist it instead.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

	@Transient
	private boolean fresh = true;

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@PostPersist
	@PostLoad
	void markPersisted() {
		this.fresh = false;
	}

}
