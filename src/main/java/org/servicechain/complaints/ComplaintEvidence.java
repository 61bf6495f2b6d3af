package org.servicechain.complaints;

import java.time.Duration;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.servicechain.shared.NotFoundException;
import org.servicechain.sla.SlaManagement;
import org.servicechain.sla.SlaViews;

/**
 * The request's clock ledger as evidence for the analysis (CMP-2): who held the work for
 * how long, which clocks breached, and the breach's attribution, written down as it stood
 * when the analysis was made.
 */
@Component
class ComplaintEvidence {

	private final SlaManagement sla;

	ComplaintEvidence(SlaManagement sla) {
		this.sla = sla;
	}

	/**
	 * @return the ledger in words, or {@literal null} when the caller may not read the
	 * request's clocks
	 */
	@Nullable String ledgerOf(java.util.UUID requestId) {
		SlaViews.RequestSlaView view;
		try {
			view = this.sla.requestSla(requestId);
		}
		catch (NotFoundException | org.springframework.security.access.AccessDeniedException ex) {
			return null;
		}
		StringBuilder text = new StringBuilder(view.reference()).append(": ");
		text.append(view.clocks()
			.stream()
			.map((clock) -> clock.label() + " " + clock.stateLabel().toLowerCase())
			.collect(Collectors.joining("; ")));
		if (!view.totals().isEmpty()) {
			text.append(". Held by: ")
				.append(view.totals()
					.stream()
					.map((total) -> total.holder() + " " + hours(total.business()) + " (" + total.percent() + " %)")
					.collect(Collectors.joining(", ")));
		}
		if (view.attribution() != null) {
			text.append(". ").append(view.attribution());
		}
		text.append(" (").append(view.ledgerBasis()).append(")");
		String result = text.toString();
		return (result.length() > 4000) ? result.substring(0, 3997) + "..." : result;
	}

	static String hours(Duration duration) {
		long minutes = duration.toMinutes();
		return (minutes / 60) + " h " + (minutes % 60) + " min";
	}

}
