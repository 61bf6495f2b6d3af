package org.servicechain.complaints.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import org.servicechain.shared.InvalidInputException;

/**
 * Reads a {@code datetime-local} field as a time in London, where the organisation works.
 */
final class LocalTimes {

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	private LocalTimes() {
	}

	static @Nullable Instant instant(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "date-time", "'" + value + "' is not a date and time");
		}
	}

}
