/**
 * Busy, quiet and absent (WF-1 … WF-4; B10 1.3, 2.1, 2.2, 4.1, 4.2): each person's
 * working pattern and absences with approval and a stand-in, a team calendar, the
 * automatic assignment told who is away, an absent person's open work moved so nothing
 * falls through, and a forecast of demand per hour of the week against the capacity the
 * patterns and absences leave.
 */
@ApplicationModule(displayName = "Workforce",
		allowedDependencies = { "shared", "identity", "chain", "calendar", "businesscalendars", "agreements",
				"requests", "sla", "notices" })
@NullMarked
package org.servicechain.workforce;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
