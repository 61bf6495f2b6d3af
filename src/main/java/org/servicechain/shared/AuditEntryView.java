package org.servicechain.shared;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One audited change as shown on a record's page and in the API (REQ-7).
 *
 * @param occurredAt when
 * @param actor who (a username, or {@code system})
 * @param entityType e.g. {@code Party}
 * @param entityId the record
 * @param entityVersion the record's version after the change
 * @param operation created, updated, deleted or a domain verb
 * @param changes field-level old → new values
 */
public record AuditEntryView(UUID id, Instant occurredAt, String actor, String entityType, UUID entityId,
		long entityVersion, String operation, List<FieldChange> changes) {

	/**
	 * @param field the field name
	 * @param oldValue rendered old value, {@literal null} when created
	 * @param newValue rendered new value, {@literal null} when removed
	 */
	public record FieldChange(String field, @org.jspecify.annotations.Nullable String oldValue,
			@org.jspecify.annotations.Nullable String newValue) {

		/**
		 * @return the field as people read it: {@code hours.MONDAY} is "Hours: Monday",
		 * {@code validFrom} "Valid from", {@code holidays[2].name} "Holidays 3: name".
		 */
		public String label() {
			return FieldLabels.of(this.field);
		}

		/** The old value as people read it: {@code INTERNAL_TEAM} is "Internal team". */
		public @org.jspecify.annotations.Nullable String oldText() {
			return FieldLabels.value(this.oldValue);
		}

		/** The new value as people read it. */
		public @org.jspecify.annotations.Nullable String newText() {
			return FieldLabels.value(this.newValue);
		}

	}

}
