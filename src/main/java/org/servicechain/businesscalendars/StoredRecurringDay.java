package org.servicechain.businesscalendars;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A recurring holiday as stored: month and day as {@code MM-dd}, its hours in the
 * interval text form, comma-separated, {@literal null} for a whole day off.
 */
@Embeddable
record StoredRecurringDay(@Column(name = "month_day", nullable = false, length = 5) String monthDay,
		@Column(name = "name", nullable = false, length = 200) String name,
		@Column(name = "working_hours", length = 1000) @Nullable String hours) {

	RecurringDay toDay() {
		return new RecurringDay(this.monthDay, this.name, StoredDay.split(this.hours));
	}

}
