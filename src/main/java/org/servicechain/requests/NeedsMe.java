package org.servicechain.requests;

import java.util.List;

/**
 * What needs the signed-in person now (the dashboard): their own work, what is overdue or
 * at risk where they work, work nobody has taken, questions and notices waiting for them,
 * and escalations for managers.
 */
public record NeedsMe(List<QueueItem> mine, List<RequestSummary> overdue, List<RequestSummary> atRisk,
		List<RequestSummary> unassigned, List<RequestSummary> escalated, List<TaskView> tasksForTeam,
		List<NoticeView> notices, long mineTotal, int dueSoonHours) {

}
