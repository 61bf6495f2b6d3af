package org.servicechain.privacy;

import java.time.ZoneId;

/**
 * Days and hours are counted where the organisation works (the UK).
 */
final class PrivacyTimes {

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	private PrivacyTimes() {
	}

}
