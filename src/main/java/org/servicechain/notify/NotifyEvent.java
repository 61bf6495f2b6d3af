package org.servicechain.notify;

import java.util.Arrays;
import java.util.Optional;

/**
 * What people can be told of, each with its stable name (used in preferences, templates,
 * webhook subscriptions and the API) and a label for people.
 */
public enum NotifyEvent {

	REQUEST_RECEIVED("request.received", "A request was received"),
	REQUEST_REPLY("request.reply", "The desk replied on your request"),
	CUSTOMER_REPLY("request.customer-reply", "A customer replied"),
	MENTIONED("request.mention", "You were mentioned in a note"),
	REQUEST_ASSIGNED("request.assigned", "A request was assigned to you"),
	REQUEST_RESOLVED("request.resolved", "Your request was resolved"),
	REQUEST_ESCALATED("request.escalated", "A customer escalated a request"),
	TASK_HANDED_OVER("task.handed-over", "A task was handed over to your team"),
	TASK_COMPLETED("task.completed", "A task came back completed"),
	TASK_RETURNED("task.returned", "A task was declined or queried"),
	CLOCK_WARNING("clock.warning", "A request's clock is near its target"),
	CLOCK_BREACH("clock.breach", "A request's clock breached its target"),
	ESCALATION_STEP("clock.escalation", "A step of an escalation path was reached"),
	UPSTREAM_RISK("clock.risk", "A promise is at risk upstream"),
	AGREEMENT_PROPOSED("agreement.proposed", "An agreement was proposed"),
	AGREEMENT_COUNTERED("agreement.countered", "An agreement was countered"),
	AGREEMENT_ACCEPTED("agreement.accepted", "An agreement was accepted"),
	AGREEMENT_REVIEW_DUE("agreement.review-due", "An agreement is due for review"),
	COMPLAINT_RECEIVED("complaint.received", "A complaint was received"),
	COMPLAINT_ACKNOWLEDGED("complaint.acknowledged", "Your complaint was acknowledged"),
	COMPLAINT_RESOLUTION_PROPOSED("complaint.resolution-proposed", "A resolution of your complaint was proposed"),
	COMPLAINT_STEP_DUE("complaint.step-due", "A step of a complaint is due soon"),
	COMPLAINT_BREACHED("complaint.breached", "A step of a complaint was not done in time"),
	COMPLAINT_FOLLOW_UP("complaint.follow-up", "A resolved complaint's follow-up is due"),
	COMPLAINT_REFERRED("complaint.referred", "A complaint was referred or escalated to you"),
	COMPLAINT_RESOLVED("complaint.resolved", "A complaint was resolved"),
	COMPLAINT_CUSTOMER_WROTE("complaint.customer-wrote", "A customer wrote about their complaint"),
	SURVEY_INVITED("feedback.survey", "We would like your opinion"),
	THEME_ALERT("feedback.theme-alert", "A theme keeps coming up in feedback"),
	SERVICE_NOTICE("service.notice", "Planned work or an incident in the chain affects you"),
	/**
	 * Always by mail to the witness's address alone: the mail carries their single-use
	 * link, so nobody chooses another channel for it.
	 */
	WITNESS_ASKED("portfolio.witness", "A colleague asks you to confirm their evidence");

	private final String key;

	private final String label;

	NotifyEvent(String key, String label) {
		this.key = key;
		this.label = label;
	}

	public String key() {
		return this.key;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return whether people choose how they are told of it (their preferences)
	 */
	public boolean preferable() {
		return this != WITNESS_ASKED;
	}

	/**
	 * @return the event of that name ({@code request.reply}), if there is one.
	 */
	public static Optional<NotifyEvent> byKey(String key) {
		return Arrays.stream(values()).filter((event) -> event.key.equals(key)).findFirst();
	}

}
