package org.servicechain.complaints.web;

import java.util.Map;

/**
 * Field names as people read them in messages.
 */
final class FieldNames {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("approverContactId", "approver"),
			Map.entry("value", "value"), Map.entry("newDueAt", "new due time"), Map.entry("partyId", "team or partner"),
			Map.entry("followUpOn", "follow-up date"), Map.entry("responsiblePartyId", "responsible link"),
			Map.entry("rootCause", "root cause"), Map.entry("causeCategory", "cause"), Map.entry("step", "step"),
			Map.entry("requestId", "request"), Map.entry("serviceId", "service"));

	private FieldNames() {
	}

	static String of(String field) {
		return NAMES.getOrDefault(field, field);
	}

}
