package org.servicechain.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Binding instants in plain JDBC: the PostgreSQL driver cannot infer a SQL type for
 * {@link Instant}, but both it and H2 bind {@link OffsetDateTime} to
 * {@code timestamp with time zone}.
 */
public final class SqlTimes {

	private SqlTimes() {
	}

	public static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
