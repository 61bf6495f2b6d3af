package org.servicechain.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementManagement.AgreementInForce;
import org.servicechain.agreements.AgreementTerms;
import org.servicechain.agreements.AgreementView;
import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.ContactView;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestAccessPolicy.Caller;
import org.servicechain.shared.Markdown;
import org.servicechain.shared.NotFoundException;

/**
 * Turns requests, tasks and messages into what the caller may see (STYLE G5: views are
 * assembled apart from the facade). What is left out for customers and partners is left
 * out here, once, for every path that shows a request.
 */
@Component
class RequestViews {

	private final RequestAttachments attachments;

	private final AgreementManagement agreements;

	private final BusinessCalendarManagement calendars;

	private final ChainManagement chain;

	private final DeskRules desk;

	RequestViews(RequestAttachments attachments, AgreementManagement agreements, BusinessCalendarManagement calendars,
			ChainManagement chain, DeskRules desk) {
		this.attachments = attachments;
		this.agreements = agreements;
		this.calendars = calendars;
		this.chain = chain;
		this.desk = desk;
	}

	/**
	 * What a view is built from: the chain and agreements, the staff directory and who is
	 * asking.
	 */
	record Context(Catalogue.Snapshot chain, People.Directory people, Caller caller) {

	}

	RequestSummary summary(ServiceRequest request, Context context, List<ChainTask> tasks) {
		boolean staff = context.caller().staff();
		return new RequestSummary(request.getId(), request.getVersion(), request.reference(), request.getSummary(),
				request.getStatus(), request.getPriority(), request.getRequesterId(),
				context.chain().partyName(request.getRequesterId()), request.isRequesterInternal(),
				request.getServiceId(), context.chain().serviceName(request.getServiceId()), request.getProviderId(),
				context.chain().partyName(request.getProviderId()), staff ? request.getAssignee() : null,
				context.people().name(request.getAssignee()), request.getCategory(), request.getNextDueAt(),
				request.getOpenedAt(), request.getLastActivityAt(), waitingOn(request, tasks, context, staff),
				request.getEscalatedAt() != null);
	}

	List<RequestSummary> summaries(Collection<ServiceRequest> requests, Context context, List<ChainTask> tasks) {
		Map<UUID, List<ChainTask>> byRequest = tasks.stream().collect(Collectors.groupingBy(ChainTask::getRequestId));
		return requests.stream()
			.map((request) -> summary(request, context, byRequest.getOrDefault(request.getId(), List.of())))
			.toList();
	}

	RequestView view(ServiceRequest request, Context context, List<RequestMessage> messages, List<ChainTask> tasks,
			List<RequestStatus> transitions) {
		boolean staff = context.caller().staff();
		List<RequestMessage> visible = messages.stream()
			.filter((message) -> staff ? message.getTaskId() == null : message.getVisibility() == Visibility.PUBLIC)
			.toList();
		Map<UUID, List<RequestMessage>> taskMessages = staff ? messages.stream()
			.filter((message) -> message.getTaskId() != null)
			.collect(Collectors.groupingBy(RequestMessage::getTaskId)) : Map.of();
		Map<UUID, List<AttachmentView>> files = attachmentsOf(messages);
		List<TaskView> taskViews = staff ? tasks.stream()
			.map((task) -> task(task, request, context, taskMessages.getOrDefault(task.getId(), List.of()), files))
			.toList() : List.of();
		return new RequestView(request.getId(), request.getVersion(), request.reference(), request.getSummary(),
				request.getDescription(), Markdown.toHtml(request.getDescription()), request.getStatus(),
				request.getPriority(), request.getImpact(), request.getUrgency(),
				this.desk.matrix().priorityOf(request.getImpact(), request.getUrgency()),
				staff ? request.getPriorityReason() : null, request.getRequesterId(),
				context.chain().partyName(request.getRequesterId()), request.isRequesterInternal(),
				String.valueOf(context.people().name(request.getRaisedBy())), request.getChannel(),
				request.getServiceId(), context.chain().serviceName(request.getServiceId()), request.getProviderId(),
				context.chain().partyName(request.getProviderId()), request.getCategory(),
				staff ? request.getAssignee() : null, context.people().name(request.getAssignee()),
				agreement(request.getAgreementId(), request.getAgreementTermsNumber(), request.getPriority(), context),
				request.getFirstResponseDueAt(), request.getResolutionDueAt(), request.getNextDueAt(),
				request.getFirstRespondedAt(), request.getOpenedAt(), request.getLastActivityAt(),
				request.getResolvedAt(), request.getClosedAt(), request.getEscalatedAt(), request.getEscalationReason(),
				waitingOn(request, tasks, context, staff),
				visible.stream().map((message) -> message(message, files)).toList(), taskViews, transitions);
	}

	TaskView task(ChainTask task, ServiceRequest request, Context context, List<RequestMessage> messages,
			@Nullable Map<UUID, List<AttachmentView>> knownFiles) {
		Map<UUID, List<AttachmentView>> files = knownFiles != null ? knownFiles : attachmentsOf(messages);
		boolean seesCustomer = context.caller().staff() || task.isSharePersonalData();
		AgreementInForce agreement = context.chain().agreement(task.getAgreementId());
		String agreementReference = agreement != null ? agreement.reference()
				: (task.getAgreementId() != null ? referenceOf(task.getAgreementId()) : null);
		return new TaskView(task.getId(), task.getVersion(), request.getId(), request.reference(),
				request.reference() + "/" + task.reference(), task.getProviderId(),
				context.chain().partyName(task.getProviderId()), context.chain().internal(task.getProviderId()),
				task.getConsumerId(), context.chain().partyName(task.getConsumerId()), task.getServiceId(),
				context.chain().serviceName(task.getServiceId()), task.getOffChainReason() == null,
				task.getOffChainReason(), task.getAgreementId(), agreementReference, request.getPriority(),
				task.getSummary(), task.getNeeded(), Markdown.toHtml(task.getNeeded()), task.getStatus(),
				context.people().name(task.getAssignee()), task.isSharePersonalData(), task.getShareReason(),
				task.getOutcome(), task.getResponseDueAt(), task.getResolutionDueAt(), task.nextDueAt(),
				task.getHandedOverAt(), String.valueOf(context.people().name(task.getHandedOverBy())),
				task.getAcceptedAt(), task.getFinishedAt(),
				seesCustomer ? context.chain().partyName(request.getRequesterId()) : null,
				seesCustomer ? contactsOf(request.getRequesterId()) : List.of(),
				messages.stream().map((message) -> message(message, files)).toList(),
				context.chain().internal(task.getConsumerId()), seesCustomer ? request.isRequesterInternal() : null);
	}

	MessageView message(RequestMessage message, Map<UUID, List<AttachmentView>> files) {
		return new MessageView(message.getId(), message.getTaskId(), message.getVisibility(), message.getAuthorName(),
				message.getAuthorSide().name(), message.getBody(), Markdown.toHtml(message.getBody()),
				message.getCreatedAt(), files.getOrDefault(message.getId(), List.of()));
	}

	Map<UUID, List<AttachmentView>> attachmentsOf(List<RequestMessage> messages) {
		if (messages.isEmpty()) {
			return Map.of();
		}
		return this.attachments.findByMessageIdIn(messages.stream().map(RequestMessage::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(RequestAttachment::getMessageId,
					Collectors.mapping(RequestAttachment::toView, Collectors.toList())));
	}

	/**
	 * @return whom a request waits on, in words for people.
	 */
	private List<String> waitingOn(ServiceRequest request, List<ChainTask> tasks, Context context, boolean staff) {
		List<String> waiting = new ArrayList<>();
		if (request.getStatus() == RequestStatus.WAITING_ON_CUSTOMER) {
			waiting.add(staff ? "the customer" : "you");
		}
		if (!request.getStatus().active()) {
			return waiting;
		}
		tasks.stream()
			.filter((task) -> task.getStatus().active())
			.map((task) -> staff ? context.chain().partyName(task.getProviderId()) : "a partner")
			.distinct()
			.forEach(waiting::add);
		if (!staff && waiting.size() > 1 && waiting.contains("a partner")) {
			waiting.removeIf("a partner"::equals);
			waiting.add("a partner");
		}
		return waiting;
	}

	private RequestView.@Nullable AgreementSummary agreement(@Nullable UUID id, @Nullable Integer termsNumber,
			org.servicechain.agreements.Priority priority, Context context) {
		if (id == null) {
			return null;
		}
		AgreementInForce inForce = context.chain().agreement(id);
		if (inForce != null && termsNumber != null && inForce.termsNumber() == termsNumber) {
			AgreementTerms.Target target = inForce.terms().target(priority).orElse(null);
			return new RequestView.AgreementSummary(id, inForce.reference(), inForce.title(), inForce.kind().label(),
					inForce.termsNumber(), target != null ? target.firstResponse() : null,
					target != null ? target.resolution() : null, calendarName(inForce.calendarId()), true);
		}
		// Superseded, expired or re-negotiated since: show the terms the request was
		// raised under.
		return SystemActor.call(() -> {
			try {
				AgreementView agreement = this.agreements.agreement(id);
				int number = termsNumber != null ? termsNumber : agreement.currentNumber();
				AgreementTerms.Target target = this.agreements.terms(id, number).target(priority).orElse(null);
				return new RequestView.AgreementSummary(id, agreement.reference(), agreement.title(),
						agreement.kind().label(), number, target != null ? target.firstResponse() : null,
						target != null ? target.resolution() : null, agreement.calendarName(), inForce != null);
			}
			catch (NotFoundException ex) {
				return null;
			}
		});
	}

	private @Nullable String referenceOf(UUID agreementId) {
		return SystemActor.call(() -> {
			try {
				return this.agreements.agreement(agreementId).reference();
			}
			catch (NotFoundException ex) {
				return null;
			}
		});
	}

	private String calendarName(UUID calendarId) {
		return this.calendars.nameOf(calendarId).orElse("(removed calendar)");
	}

	private List<String> contactsOf(UUID partyId) {
		return SystemActor.call(() -> this.chain.contacts(partyId)).stream().map(RequestViews::describe).toList();
	}

	private static String describe(ContactView contact) {
		StringBuilder text = new StringBuilder(contact.name());
		if (contact.email() != null) {
			text.append(" · ").append(contact.email());
		}
		if (contact.phone() != null) {
			text.append(" · ").append(contact.phone());
		}
		return text.toString();
	}

	static boolean overdue(@Nullable Instant due, Instant now) {
		return due != null && !due.isAfter(now);
	}

}
