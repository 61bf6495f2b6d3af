package org.servicechain.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.servicechain.agreements.AgreementNegotiated;
import org.servicechain.complaints.ComplaintAcknowledged;
import org.servicechain.complaints.ComplaintBreached;
import org.servicechain.complaints.ComplaintCustomerWrote;
import org.servicechain.complaints.ComplaintFollowUpDue;
import org.servicechain.complaints.ComplaintImport;
import org.servicechain.complaints.ComplaintReceived;
import org.servicechain.complaints.ComplaintReferred;
import org.servicechain.complaints.ComplaintResolutionProposed;
import org.servicechain.complaints.ComplaintResolved;
import org.servicechain.complaints.ComplaintStepDue;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.SystemActor;
import org.servicechain.feedback.SurveyInvited;
import org.servicechain.feedback.ThemeAlertRaised;
import org.servicechain.requests.RequestEventKind;
import org.servicechain.requests.RequestEventView;
import org.servicechain.requests.RequestHistoryAppended;
import org.servicechain.requests.RequestStatus;
import org.servicechain.sla.ClockAlert;

/**
 * Keeps what other modules announce, in the transaction of the change itself (the first
 * half of the outbox): if the change commits, so does the happening, and it will be told;
 * if it rolls back, nobody hears of it. After the commit the happening is processed at
 * once on another thread; the outbox drain picks up any that a crash or a busy instance
 * left behind.
 */
@Component
class RecordingHappenings {

	/**
	 * Facts of a request people are told of; the rest (priority changes, agreement
	 * applied, …) only feed the history and the clocks.
	 */
	static final Set<RequestEventKind> TOLD = EnumSet.of(RequestEventKind.OPENED, RequestEventKind.PUBLIC_REPLY,
			RequestEventKind.CUSTOMER_REPLY, RequestEventKind.INTERNAL_NOTE, RequestEventKind.ASSIGNED,
			RequestEventKind.STATUS_CHANGED, RequestEventKind.ESCALATED, RequestEventKind.TASK_HANDED_OVER,
			RequestEventKind.TASK_COMPLETED, RequestEventKind.TASK_DECLINED, RequestEventKind.TASK_QUERIED);

	private final Happenings happenings;

	private final Notifying notifying;

	private final Clock clock;

	RecordingHappenings(Happenings happenings, Notifying notifying, Clock clock) {
		this.happenings = happenings;
		this.notifying = notifying;
		this.clock = clock;
	}

	@EventListener
	void on(RequestHistoryAppended event) {
		Instant now = Instant.now(this.clock);
		for (RequestEventView fact : event.events()) {
			if (!TOLD.contains(fact.kind()) || !RequestHistoryAppended.isNow(fact, now)) {
				continue;
			}
			if (fact.kind() == RequestEventKind.STATUS_CHANGED && !RequestStatus.RESOLVED.name().equals(fact.to())) {
				continue;
			}
			String detail = switch (fact.kind()) {
				case ASSIGNED -> fact.to();
				case STATUS_CHANGED -> fact.to();
				default -> fact.reason();
			};
			record(new Happening(UUID.randomUUID(), Happening.REQUEST, fact.kind().name(), event.requestId(),
					event.reference(), null, fact.taskId(), fact.actor(), detail, fact.at()));
		}
	}

	/**
	 * A negotiation step taken by the system actor (the demo, an import, a set-up) tells
	 * nobody: nobody proposed or accepted anything that someone must answer. A review
	 * coming due is the sweep's own finding and is told.
	 */
	@EventListener
	void on(AgreementNegotiated event) {
		if (SystemActor.is(event.actor()) && event.step() != AgreementNegotiated.Step.REVIEW_DUE) {
			return;
		}
		String side = (event.side() != null) ? event.side().name() : "-";
		record(new Happening(UUID.randomUUID(), Happening.AGREEMENT, event.step().name(), event.agreementId(),
				event.reference(), event.title(), null, event.actor(), side + " " + event.owner(), event.at()));
	}

	@EventListener
	void on(ClockAlert alert) {
		record(new Happening(UUID.randomUUID(), Happening.CLOCK, alert.kind().name(), alert.requestId(),
				alert.reference(), alert.message(), null, "system", String.join(" ", alert.recipients()), alert.at()));
	}

	// Complaints. The events name no actor: whoever is signed in acted (the sweep runs as
	// the system). A complaint imported with its past (the demo) tells nobody.

	@EventListener
	void on(ComplaintReceived event) {
		complaint(ComplaintAudiences.RECEIVED, event.complaintId(), event.reference(), null);
	}

	@EventListener
	void on(ComplaintAcknowledged event) {
		complaint(ComplaintAudiences.ACKNOWLEDGED, event.complaintId(), event.reference(), null);
	}

	@EventListener
	void on(ComplaintResolutionProposed event) {
		complaint(ComplaintAudiences.PROPOSED, event.complaintId(), event.reference(), null);
	}

	/**
	 * A step already overdue when its warning is recorded (the sweep found both at once,
	 * after downtime or on a fresh demo) is told once, by its breach.
	 */
	@EventListener
	void on(ComplaintStepDue event) {
		if (!event.dueAt().isAfter(Instant.now(this.clock))) {
			return;
		}
		complaint(ComplaintAudiences.STEP_DUE, event.complaintId(), event.reference(),
				event.step().name() + " " + event.dueAt());
	}

	@EventListener
	void on(ComplaintBreached event) {
		complaint(ComplaintAudiences.BREACHED, event.complaintId(), event.reference(),
				event.step().name() + " " + event.dueAt());
	}

	@EventListener
	void on(ComplaintFollowUpDue event) {
		complaint(ComplaintAudiences.FOLLOW_UP, event.complaintId(), event.reference(), event.followUpOn().toString());
	}

	@EventListener
	void on(ComplaintReferred event) {
		complaint(ComplaintAudiences.REFERRED, event.complaintId(), event.reference(),
				event.target().name() + " " + dashIfNull(event.partyId()) + " " + dashIfNull(event.manager()) + " "
						+ dashIfNull(event.customerDeadline()));
	}

	@EventListener
	void on(ComplaintResolved event) {
		complaint(ComplaintAudiences.RESOLVED, event.complaintId(), event.reference(), null);
	}

	@EventListener
	void on(ComplaintCustomerWrote event) {
		complaint(ComplaintAudiences.CUSTOMER_WROTE, event.complaintId(), event.reference(),
				event.messageId().toString());
	}

	private void complaint(String kind, UUID complaintId, String reference, @Nullable String detail) {
		if (ComplaintImport.importing()) {
			return;
		}
		String actor = CurrentUser.get().map(CurrentUser::getUsername).orElse(SystemActor.USERNAME);
		record(new Happening(UUID.randomUUID(), Happening.COMPLAINT, kind, complaintId, reference, null, null, actor,
				detail, Instant.now(this.clock)));
	}

	private static String dashIfNull(@Nullable Object value) {
		return (value != null) ? value.toString() : "-";
	}

	/**
	 * The customer's people are told in the portal; the link with its single-use token is
	 * not kept here, where webhooks and the outbox would carry it.
	 */
	@EventListener
	void on(SurveyInvited event) {
		record(new Happening(UUID.randomUUID(), Happening.FEEDBACK, NotifyEvent.SURVEY_INVITED.name(),
				event.invitationId(), event.requestReference(),
				(event.reminder() ? "Reminder: " : "") + event.surveyName(), null, "system",
				String.join(" ", event.recipients()), event.at()));
	}

	@EventListener
	void on(ThemeAlertRaised event) {
		String theme = (event.theme().length() > 40) ? event.theme().substring(0, 39) + "…" : event.theme();
		record(new Happening(UUID.randomUUID(), Happening.FEEDBACK, NotifyEvent.THEME_ALERT.name(), event.alertId(),
				theme, "“" + theme + "” came up " + event.mentions() + " times in " + event.windowDays() + " days",
				null, "system", String.join(" ", event.recipients()), event.at()));
	}

	/**
	 * Keeps the happening with the transaction that announced it: all of a transaction's
	 * happenings are written in one batch just before it commits (a sweep announces
	 * thousands), and handed to be told together once it has.
	 */
	private void record(Happening happening) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.happenings.record(happening);
			return;
		}
		@SuppressWarnings("unchecked")
		List<Happening> pending = (List<Happening>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			List<Happening> batch = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, batch);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					RecordingHappenings.this.happenings.recordAll(batch);
					// Written: what is announced from here on (e.g. by work that runs
					// after
					// this commit in a transaction of its own) starts a batch of its own.
					TransactionSynchronizationManager.unbindResourceIfPossible(RecordingHappenings.this);
				}

				@Override
				public void afterCommit() {
					RecordingHappenings.this.notifying.processSoon(batch.stream().map(Happening::id).toList());
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(RecordingHappenings.this);
				}
			});
			pending = batch;
		}
		pending.add(happening);
	}

}
