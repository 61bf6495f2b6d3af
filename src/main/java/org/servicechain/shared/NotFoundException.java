package org.servicechain.shared;

/**
 * A record does not exist, or the caller may not see it (both answer 404 so that
 * existence does not leak).
 */
public class NotFoundException extends RuntimeException {

	private final String entityType;

	public NotFoundException(String entityType, Object id) {
		super(entityType + " " + id + " was not found");
		this.entityType = entityType;
	}

	public String getEntityType() {
		return this.entityType;
	}

}
