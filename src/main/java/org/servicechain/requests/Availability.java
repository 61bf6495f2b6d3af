package org.servicechain.requests;

import java.time.Instant;

/**
 * Whether a member of staff can take work at an instant: a module that knows absences and
 * working patterns (workforce) provides it; without one, everyone enabled is available.
 * Automatic assignment asks every bean of this type and gives work only to people all of
 * them call available.
 */
public interface Availability {

	boolean isAvailable(String username, Instant at);

}
