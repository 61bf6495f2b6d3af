package org.servicechain.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A theme recurred past the threshold within the window (FB-4): the responsible party's
 * people and the managers are to be told, with the comments attached.
 *
 * @param recipients the usernames of the people to tell
 * @param examples a few of the texts behind it
 */
public record ThemeAlertRaised(UUID alertId, String theme, int mentions, int windowDays, List<String> recipients,
		List<String> examples, Instant at) {

}
