package org.servicechain.requests;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditEntryView.FieldChange;
import org.servicechain.shared.StaleVersionException;

/**
 * What changed since a customer's or partner's copy, told the way the portal may tell it.
 * The audit trail behind a stale-version refusal is written for staff: it names people by
 * login and holds internal fields (the assignee, why a priority was overridden). A portal
 * user sees who changed it by display name, and only the fields their page shows; through
 * every path, the API as well as the portal pages.
 */
@Component
class OutsiderConflicts {

	private static final Map<String, Function<String, String>> REQUEST_FIELDS = Map.of("status",
			(value) -> RequestStatus.valueOf(value).label(), "summary", Function.identity());

	private static final Map<String, Function<String, String>> TASK_FIELDS = Map.of("status",
			(value) -> TaskStatus.valueOf(value).label(), "summary", Function.identity(), "outcome",
			Function.identity());

	private final IdentityManagement identity;

	OutsiderConflicts(IdentityManagement identity) {
		this.identity = identity;
	}

	StaleVersionException ofRequest(StaleVersionException ex) {
		return told(ex, REQUEST_FIELDS);
	}

	StaleVersionException ofTask(StaleVersionException ex) {
		return told(ex, TASK_FIELDS);
	}

	private StaleVersionException told(StaleVersionException ex, Map<String, Function<String, String>> shown) {
		List<AuditEntryView> entries = ex.getChangesSince()
			.stream()
			.map((entry) -> new AuditEntryView(entry.id(), entry.occurredAt(), nameOf(entry.actor()),
					entry.entityType(), entry.entityId(), entry.entityVersion(), entry.operation(),
					entry.changes()
						.stream()
						.filter((change) -> shown.containsKey(change.field()))
						.map((change) -> new FieldChange(change.field(),
								render(shown.get(change.field()), change.oldValue()),
								render(shown.get(change.field()), change.newValue())))
						.toList()))
			.filter((entry) -> !entry.changes().isEmpty())
			.toList();
		return new StaleVersionException(ex.getEntityType(), ex.getExpectedVersion(), ex.getCurrentVersion(), entries);
	}

	private String nameOf(String actor) {
		if ("system".equals(actor)) {
			return "Servicechain";
		}
		return this.identity.displayNameOf(actor).orElse("someone");
	}

	private static @Nullable String render(Function<String, String> how, @Nullable String value) {
		return value == null ? null : how.apply(value);
	}

}
