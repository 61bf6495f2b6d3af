package org.servicechain.workforce;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An absence asked for (WF-1).
 *
 * @param person whose absence; {@literal null} or blank for the caller's own (only
 * managers record absences for others, such as a sickness phoned in)
 * @param startsOn the first day away
 * @param endsOn the last day away (the same as the first for one day)
 * @param standIn who covers the person's work, if anyone
 */
public record NewAbsence(@Nullable String person, @Nullable AbsenceKind kind, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable String standIn, @Nullable String note) {

}
