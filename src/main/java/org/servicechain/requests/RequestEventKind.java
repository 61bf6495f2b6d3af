package org.servicechain.requests;

/**
 * What can happen to a request. The append-only history of these is what the request's
 * clocks are derived from (REQ-3), so every fact a clock needs is one of them.
 */
public enum RequestEventKind {

	/** Raised; the detail names the channel. */
	OPENED,
	/** The agreement in force at opening, with its terms version and calendar. */
	AGREEMENT_APPLIED,
	/** No agreement covers the request. */
	NO_AGREEMENT,
	/** Status changed: from, to and the reason. */
	STATUS_CHANGED,
	/** Assignee changed: from, to and the reason. */
	ASSIGNED,
	/** Priority changed: from, to and the reason. */
	PRIORITY_CHANGED,
	/** A public reply by our staff (the first is the first response). */
	PUBLIC_REPLY,
	/** A reply by the customer. */
	CUSTOMER_REPLY,
	/** An internal note. */
	INTERNAL_NOTE,
	/** A task handed to a party upstream; the task id and the party. */
	TASK_HANDED_OVER, TASK_ACCEPTED,
	/** The party asked our agent a question. */
	TASK_QUERIED,
	/** Our agent answered the party's question. */
	TASK_ANSWERED,
	/** A message on a task (either side). */
	TASK_MESSAGE, TASK_COMPLETED, TASK_DECLINED, TASK_CANCELLED,
	/** The customer's personal data was shared with a task's party. */
	PERSONAL_DATA_SHARED,
	/** The customer escalated the request, with a reason. */
	ESCALATED

}
