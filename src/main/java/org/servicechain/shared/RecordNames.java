package org.servicechain.shared;

import java.util.Optional;
import java.util.UUID;

/**
 * Names records by id, so the audit trail can show "SwiftParcel Couriers" where a change
 * refers to a party by its id. Modules that own named records provide a bean; the audit
 * trail asks them all.
 */
public interface RecordNames {

	/**
	 * @return the record's name, or empty when this module has no record with that id.
	 */
	Optional<String> nameOf(UUID id);

}
