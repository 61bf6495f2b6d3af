package org.servicechain.portfolio;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.shared.PageResponse;

/**
 * A practitioner's portfolio as the caller may see it (REP-3): every standard's criteria
 * with status, evidence and sufficiency, and one page of the evidence.
 *
 * @param canEdit whether the caller is the practitioner (adds, annotates, asks witnesses)
 * @param canAssess whether the caller is the assigned assessor (marks criteria)
 * @param canAssign whether the caller may assign the assessor (managers)
 */
public record PortfolioView(UUID userId, String username, String displayName, @Nullable UUID assessorId,
		@Nullable String assessorName, List<StandardView> standards, PageResponse<EvidenceView> evidence,
		boolean canEdit, boolean canAssess, boolean canAssign) {

}
