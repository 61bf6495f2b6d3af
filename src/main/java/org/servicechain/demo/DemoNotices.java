package org.servicechain.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.servicechain.notices.NewServiceNotice;
import org.servicechain.notices.NoticeKind;
import org.servicechain.notices.NoticeSubject;
import org.servicechain.notices.ServiceNoticeView;
import org.servicechain.notices.ServiceNotices;

/**
 * The demo's service notices (issue 10): CloudDesk's planned maintenance a fortnight ago,
 * with its update and all-clear, told to the internal teams and customers downstream. The
 * live incident at SwiftParcel is told from its contingency incident
 * ({@link DemoWorkforce}).
 */
class DemoNotices {

	private final ServiceNotices notices;

	private final Clock clock;

	DemoNotices(ServiceNotices notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	void load(Map<String, UUID> parties) {
		Instant start = Instant.now(this.clock)
			.truncatedTo(ChronoUnit.DAYS)
			.minus(Duration.ofDays(12))
			.plus(Duration.ofHours(22));
		ServiceNoticeView maintenance = this.notices.declare(new NewServiceNotice(NoticeKind.PLANNED_WORK,
				NoticeSubject.PARTY, parties.get("CloudDesk Hosting"), "Platform hosting maintenance window",
				"CloudDesk moves our servers to new hardware. The order system and the portal may be slow or "
						+ "unavailable for up to 30 minutes within the window; nothing needs doing on your side.",
				start, start.plus(Duration.ofHours(4)), null));
		ServiceNoticeView updated = this.notices.update(maintenance.id(), maintenance.version(),
				"The move started on time; the portal was unavailable from 22:40 to 22:55.");
		this.notices.allClear(updated.id(), updated.version(),
				"The maintenance is finished and every service is back to normal. Thank you for your patience.");
	}

}
