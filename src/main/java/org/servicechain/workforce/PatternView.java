package org.servicechain.workforce;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member of staff with their working pattern, if one is set.
 *
 * @param calendarId the business calendar they work to; {@literal null} without a pattern
 * (they count as always at work for assignment and not at all for capacity)
 * @param weeklyHours the pattern's standard weekly working time, for people
 */
public record PatternView(String username, String displayName, String roleLabel, @Nullable UUID patternId, long version,
		@Nullable UUID calendarId, @Nullable String calendarName, int shrinkagePercent, @Nullable String weeklyHours) {

	public boolean hasPattern() {
		return this.calendarId != null;
	}

}
