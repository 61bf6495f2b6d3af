package org.servicechain.shared;

import java.util.Map;
import java.util.UUID;

/**
 * An aggregate whose changes are audited. The snapshot lists the fields that matter to
 * people, as plain strings, so that the trail shows old → new without knowing the type
 * (REQ-7).
 */
public interface Auditable {

	UUID getId();

	long getVersion();

	/**
	 * @return the audited fields in display order; values may be {@literal null}.
	 */
	Map<String, String> auditSnapshot();

}
