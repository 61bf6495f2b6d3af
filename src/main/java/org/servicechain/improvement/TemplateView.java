package org.servicechain.improvement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A checklist template as pages and the API show it.
 *
 * @param revision raised by every edit; an audit records the revision it was run with
 * @param audits how many audits were scheduled from it
 */
public record TemplateView(UUID id, long version, String name, AuditSubjectKind subjectKind, AuditKind kind,
		@Nullable String description, int revision, List<ChecklistItem> items, int totalWeight, long audits,
		Instant updatedAt) {

}
