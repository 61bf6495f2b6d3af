package org.servicechain.workforce;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A what-if (WF-2): people off on some days and demand changed by a percentage, over the
 * coming week.
 *
 * @param peopleOff who would be off, and when (both days included)
 * @param demandChangePercent how much more (or, negative, less) work would arrive than
 * forecast: 20 for a fifth more
 */
public record WhatIfScenario(@Nullable List<PersonOff> peopleOff, int demandChangePercent) {

	public WhatIfScenario {
		peopleOff = (peopleOff != null) ? List.copyOf(peopleOff) : List.of();
	}

	public record PersonOff(@Nullable String username, @Nullable LocalDate from, @Nullable LocalDate to) {

	}

}
