package org.servicechain.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An absence as the caller may see it.
 *
 * @param kind why the person is away; {@literal null} for colleagues, who see only that
 * they are away
 * @param mayDecide whether the caller may approve or refuse it now
 * @param mayCancel whether the caller may cancel it now
 * @param coverNote why the scheduled move at its start could not place the work, while it
 * has not moved
 */
public record AbsenceView(UUID id, long version, String username, String personName, @Nullable AbsenceKind kind,
		LocalDate startsOn, LocalDate endsOn, AbsenceStatus status, @Nullable String standIn,
		@Nullable String standInName, @Nullable String note, String requestedByName, Instant requestedAt,
		@Nullable String decidedByName, @Nullable String decisionNote, @Nullable Instant workMovedAt, boolean mayDecide,
		boolean mayCancel, @Nullable String coverNote) {

	public String kindLabel() {
		return (this.kind != null) ? this.kind.label() : "Away";
	}

	public long days() {
		return java.time.temporal.ChronoUnit.DAYS.between(this.startsOn, this.endsOn) + 1;
	}

}
