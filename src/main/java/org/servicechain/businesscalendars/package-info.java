/**
 * Business calendars as the organisation keeps them (AGREE-5): named, stored, edited and
 * audited calendars, the holidays imported into them, and the due-date and working-time
 * questions asked of them over the API and the UI. The arithmetic itself is the pure
 * {@code calendar} module; this module stores definitions and builds
 * {@link org.servicechain.calendar.BusinessCalendar}s from them, for people and for the
 * modules that measure promises (agreements, SLA).
 */
@ApplicationModule(displayName = "Business calendars (stored)",
		allowedDependencies = { "shared", "identity", "calendar" })
@NullMarked
package org.servicechain.businesscalendars;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
