package org.servicechain.shared;

import java.util.List;

/**
 * The caller edited an older copy of a record than the one stored: saving it would
 * silently overwrite somebody else's change (REQ-7). Carries what changed since the
 * caller's copy.
 */
public class StaleVersionException extends RuntimeException {

	private final String entityType;

	private final long expectedVersion;

	private final long currentVersion;

	private final List<AuditEntryView> changesSince;

	public StaleVersionException(String entityType, long expectedVersion, long currentVersion,
			List<AuditEntryView> changesSince) {
		super(entityType + " was changed by someone else (your copy is version " + expectedVersion
				+ ", the stored one is version " + currentVersion + "); reload it and apply your change again");
		this.entityType = entityType;
		this.expectedVersion = expectedVersion;
		this.currentVersion = currentVersion;
		this.changesSince = List.copyOf(changesSince);
	}

	public String getEntityType() {
		return this.entityType;
	}

	public long getExpectedVersion() {
		return this.expectedVersion;
	}

	public long getCurrentVersion() {
		return this.currentVersion;
	}

	public List<AuditEntryView> getChangesSince() {
		return this.changesSince;
	}

}
