package org.servicechain.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.Priority;

/**
 * One request as its page and the API show it to the caller. Customers get the public
 * side only: no internal notes, no tasks, no login names.
 *
 * @param matrixPriority what the impact × urgency matrix gives; differs from
 * {@code priority} when someone overrode it (with {@code priorityReason})
 * @param agreement the agreement and targets that apply, or {@literal null} when no
 * agreement covers the request
 * @param waitingOn whom the request waits on, e.g. "the customer" or the parties holding
 * its open tasks
 * @param transitions where the caller may move the request from here
 */
public record RequestView(UUID id, long version, String reference, String summary, String description,
		String descriptionHtml, RequestStatus status, Priority priority, Level impact, Level urgency,
		Priority matrixPriority, @Nullable String priorityReason, UUID requesterId, String requesterName,
		boolean requesterInternal, String raisedByName, RequestChannel channel, UUID serviceId, String serviceName,
		UUID teamId, String teamName, @Nullable String category, @Nullable String assignee,
		@Nullable String assigneeName, @Nullable AgreementSummary agreement, @Nullable Instant firstResponseDueAt,
		@Nullable Instant resolutionDueAt, @Nullable Instant nextDueAt, @Nullable Instant firstRespondedAt,
		Instant openedAt, Instant lastActivityAt, @Nullable Instant resolvedAt, @Nullable Instant closedAt,
		@Nullable Instant escalatedAt, @Nullable String escalationReason, List<String> waitingOn,
		List<MessageView> messages, List<TaskView> tasks, List<RequestStatus> transitions) {

	public boolean overdueAt(Instant now) {
		return this.nextDueAt != null && this.status.active() && !this.nextDueAt.isAfter(now);
	}

	public String scope() {
		return this.requesterInternal ? "Internal" : "External";
	}

	public boolean priorityOverridden() {
		return this.priority != this.matrixPriority;
	}

	public long activeTasks() {
		return this.tasks.stream().filter((task) -> task.status().active()).count();
	}

	/**
	 * The agreement that applies to a request, with its targets for the request's
	 * priority.
	 *
	 * @param inForce whether the agreement is still in force (it may have been superseded
	 * since the request was raised)
	 */
	public record AgreementSummary(UUID id, String reference, String title, String kind, int termsNumber,
			@Nullable Duration firstResponse, @Nullable Duration resolution, String calendarName, boolean inForce) {

		public String firstResponseText() {
			return hours(this.firstResponse);
		}

		public String resolutionText() {
			return hours(this.resolution);
		}

		static String hours(@Nullable Duration duration) {
			if (duration == null) {
				return "no target";
			}
			long minutes = duration.toMinutes();
			String text = (minutes >= 60 ? (minutes / 60) + " h" : "")
					+ ((minutes % 60) != 0 ? " " + (minutes % 60) + " min" : "");
			return text.strip() + " of business time";
		}

	}

}
