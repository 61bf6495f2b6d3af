package org.servicechain.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.identity.UserView;
import org.servicechain.shared.AuditTrail;

/**
 * Repeated comments reach the people responsible (FB-4; B10 2.6, 4.6): themes are found
 * over the window, and each that recurred at least the threshold number of times and has
 * no open alert raises one, sent to the people of the party most of its texts are about
 * and to the managers, with the texts attached ({@link ThemeAlertRaised}, which the
 * notifications module tells). Runs as a db-scheduler task once across the cluster, and
 * on demand.
 */
@Service
public class ThemeAlerting {

	private static final Logger log = LoggerFactory.getLogger(ThemeAlerting.class);

	static final String ENTITY = "ThemeAlert";

	private final ThemeTexts texts;

	private final ThemeAlerts alerts;

	private final ThemeDecisions decisions;

	private final IdentityManagement identity;

	private final FeedbackAccessPolicy access;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int threshold;

	private final int windowDays;

	ThemeAlerting(ThemeTexts texts, ThemeAlerts alerts, ThemeDecisions decisions, IdentityManagement identity,
			FeedbackAccessPolicy access, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			@Value("${servicechain.feedback.alert-threshold:4}") int threshold,
			@Value("${servicechain.feedback.alert-window-days:30}") int windowDays) {
		this.texts = texts;
		this.alerts = alerts;
		this.decisions = decisions;
		this.identity = identity;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.threshold = threshold;
		this.windowDays = windowDays;
	}

	/**
	 * Raises an alert for every theme past the threshold that has none open and was not
	 * decided on within the window. Analysts may run it; the schedule runs it as the
	 * system.
	 * @return the alerts raised
	 */
	@Transactional
	public List<AlertView> check() {
		this.access.requireAnalyse(this.access.caller());
		Instant now = Instant.now(this.clock);
		Instant from = now.minus(Duration.ofDays(this.windowDays));
		List<ThemeFinder.Theme> themes = ThemeFinder.themes(this.texts.all(), from, now, this.threshold);
		// Read as the system: who is told does not depend on who runs the check.
		List<UserView> users = SystemActor.call(this.identity::users).stream().filter(UserView::enabled).toList();
		List<AlertView> raised = new ArrayList<>();
		for (ThemeFinder.Theme theme : themes) {
			if (!this.alerts.findByThemeAndDecisionIdIsNull(theme.key()).isEmpty() || decidedSince(theme.key(), from)) {
				continue;
			}
			Set<String> recipients = new LinkedHashSet<>();
			users.stream()
				.filter((user) -> theme.partyId() != null && theme.partyId().equals(user.partyId()))
				.filter((user) -> user.role() == Role.TEAM_MEMBER || user.role() == Role.PARTNER)
				.forEach((user) -> recipients.add(user.username()));
			users.stream()
				.filter((user) -> user.role() == Role.MANAGER)
				.forEach((user) -> recipients.add(user.username()));
			fitting(recipients);
			ThemeAlert alert = this.alerts
				.save(new ThemeAlert(theme, this.windowDays, String.join(" ", recipients), now));
			this.audit.created(ENTITY, alert);
			this.events.publishEvent(new ThemeAlertRaised(alert.getId(), theme.label(), theme.mentions(),
					this.windowDays, List.copyOf(recipients), List.of(alert.getExamples().split("\n")), now));
			raised.add(new AlertView(alert.getId(), alert.getVersion(), alert.getTheme(), alert.getLabel(),
					alert.getMentions(), alert.getCustomers(), alert.getWindowDays(), null,
					List.of(alert.getExamples().split("\n")), List.copyOf(recipients), now, null, null, null));
		}
		return raised;
	}

	/**
	 * Keeps whole usernames up to what the alert and a notification can hold, the party's
	 * people first.
	 */
	private static void fitting(Set<String> recipients) {
		int length = 0;
		for (java.util.Iterator<String> names = recipients.iterator(); names.hasNext();) {
			length += names.next().length() + 1;
			if (length > 990) {
				names.remove();
			}
		}
	}

	private boolean decidedSince(String theme, Instant from) {
		return this.decisions.findAllByOrderByDecidedAtDesc()
			.stream()
			.anyMatch((made) -> made.getTheme().equals(theme) && !made.getDecidedAt().isBefore(from));
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> checkFeedbackThemes(ThemeAlerting alerting,
				@Value("${servicechain.feedback.theme-check-period:PT1H}") Duration period) {
			return Tasks.recurring("check-feedback-themes", Schedules.fixedDelay(period))
				.execute((instance, context) -> {
					int raised = SystemActor.call(() -> alerting.check()).size();
					if (raised > 0) {
						log.info("Feedback themes: {} alerts raised", raised);
					}
				});
		}

	}

}
