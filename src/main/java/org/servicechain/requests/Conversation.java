package org.servicechain.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.requests.RequestAccessPolicy.Caller;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;

/**
 * A request's conversation (REQ-1): public replies between our staff and the customer,
 * internal notes among staff, and the files attached to either. A customer's reply brings
 * a request that waited on them back to work, and reopens a resolved one. Files are
 * served only to whoever may read the message they came with.
 */
@Service
public class Conversation {

	static final int MAX_MINUTES = 1440;

	private final RequestRecords records;

	private final RequestMessages messages;

	private final RequestAttachments attachmentRecords;

	private final ChainTasks tasks;

	private final AttachmentStore files;

	private final RequestAccessPolicy policy;

	private final RequestViews views;

	private final Notices notices;

	private final Clock clock;

	Conversation(RequestRecords records, RequestMessages messages, RequestAttachments attachmentRecords,
			ChainTasks tasks, AttachmentStore files, RequestAccessPolicy policy, RequestViews views, Notices notices,
			Clock clock) {
		this.records = records;
		this.messages = messages;
		this.attachmentRecords = attachmentRecords;
		this.tasks = tasks;
		this.files = files;
		this.policy = policy;
		this.views = views;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * A public reply: by the staff who work the request, or by the customer.
	 */
	@Transactional
	public MessageView reply(UUID requestId, String body, List<Upload> uploads) {
		return reply(requestId, body, uploads, null);
	}

	/**
	 * A public reply, with the time the staff member spent on it (time accounting; the
	 * customer's own replies carry none).
	 * @param minutesSpent minutes worked, 1 to 1,440, or {@literal null}
	 */
	@Transactional
	public MessageView reply(UUID requestId, String body, List<Upload> uploads, @Nullable Integer minutesSpent) {
		Caller caller = this.policy.caller();
		ServiceRequest request = this.records.readable(caller, requestId, true);
		String text = RequestValidation.body(body, "body");
		if (request.getStatus() == RequestStatus.CLOSED) {
			throw new RequestRuleException("body", "closed-is-final",
					request.reference() + " is closed; raise a new request and refer to it");
		}
		Instant now = now();
		if (caller.customer()) {
			this.policy.requireCustomerOf(caller, request, this.records.sharedWithOrganisation(caller, request));
			if (minutesSpent != null) {
				throw new InvalidInputException("minutesSpent", "staff-only", "only staff record time spent");
			}
			return view(customerReplied(request, text, uploads, caller.username(), caller.user().displayName(), now),
					caller);
		}
		this.policy.requireWork(caller, request);
		Integer minutes = minutes(minutesSpent);
		this.files.check(uploads);
		RequestMessage message = write(request, null, Visibility.PUBLIC, RequestMessage.Side.STAFF, text, uploads,
				caller, now);
		message.spent(minutes);
		request.messageAdded(RequestEventKind.PUBLIC_REPLY, null, caller.username(), now);
		if (request.getStatus() == RequestStatus.NEW) {
			request.open("First reply to the customer", caller.username(), now);
		}
		this.records.store(request);
		return view(message, caller);
	}

	/**
	 * A customer's reply that came by mail (notify's mail in, which found the request and
	 * checked that the sender is a contact of its customer), recorded on the customer's
	 * side under the sender's name. It takes the same path as a customer's reply in the
	 * portal: a request that waited on the customer goes back to work, a resolved one
	 * reopens, whoever holds it is told. Only for those who work the request (mail in
	 * runs as the system).
	 * @param author the sender's name, as the conversation shows it
	 */
	@Transactional
	public MessageView replyByMail(UUID requestId, String author, String body, List<Upload> uploads) {
		Caller caller = this.policy.caller();
		ServiceRequest request = this.records.readable(caller, requestId, true);
		this.policy.requireWork(caller, request);
		String text = RequestValidation.body(body, "body");
		if (request.getStatus() == RequestStatus.CLOSED) {
			throw new RequestRuleException("body", "closed-is-final",
					request.reference() + " is closed; raise a new request and refer to it");
		}
		return view(customerReplied(request, text, uploads, caller.username(), author, now()), caller);
	}

	/**
	 * The one path of a customer's reply, from the portal or by mail.
	 */
	private RequestMessage customerReplied(ServiceRequest request, String text, List<Upload> uploads, String actor,
			String author, Instant now) {
		this.files.check(uploads);
		RequestMessage message = write(request, null, Visibility.PUBLIC, RequestMessage.Side.CUSTOMER, text, uploads,
				actor, author, now);
		request.messageAdded(RequestEventKind.CUSTOMER_REPLY, null, actor, now);
		backToWorkAfterCustomer(request, actor, now);
		this.records.store(request);
		return message;
	}

	/**
	 * An internal note: staff only, never shown to a customer or partner.
	 */
	@Transactional
	public MessageView note(UUID requestId, String body, List<Upload> uploads) {
		return note(requestId, body, uploads, null);
	}

	/**
	 * An internal note with the time spent on the work it records.
	 * @param minutesSpent minutes worked, 1 to 1,440, or {@literal null}
	 */
	@Transactional
	public MessageView note(UUID requestId, String body, List<Upload> uploads, @Nullable Integer minutesSpent) {
		Caller caller = this.policy.caller();
		ServiceRequest request = this.records.readable(caller, requestId, true);
		if (!this.policy.seesInternal(caller)) {
			throw RequestAccessPolicy.notFound(requestId);
		}
		String text = RequestValidation.body(body, "body");
		Integer minutes = minutes(minutesSpent);
		this.files.check(uploads);
		Instant now = now();
		RequestMessage message = write(request, null, Visibility.INTERNAL, RequestMessage.Side.STAFF, text, uploads,
				caller, now);
		message.spent(minutes);
		request.messageAdded(RequestEventKind.INTERNAL_NOTE, null, caller.username(), now);
		this.records.store(request);
		return view(message, caller);
	}

	/**
	 * @return an attachment's name, type and bytes, if the caller may read the message it
	 * came with; otherwise "not found".
	 */
	@Transactional(readOnly = true)
	public Download download(UUID attachmentId) {
		Caller caller = this.policy.caller();
		RequestAttachment attachment = this.attachmentRecords.findById(attachmentId)
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
		RequestMessage message = this.messages.findById(attachment.getMessageId())
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
		try {
			requireReadMessage(caller, message);
		}
		catch (NotFoundException | AccessDeniedException ex) {
			throw new NotFoundException("Attachment", attachmentId);
		}
		byte[] content = this.files.content(attachmentId)
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
		return new Download(attachment.getFileName(), attachment.getContentType(), content);
	}

	/**
	 * A file to send: its name, detected type and bytes.
	 */
	public record Download(String fileName, String contentType, byte[] content) {

	}

	private static @Nullable Integer minutes(@Nullable Integer minutesSpent) {
		if (minutesSpent != null && (minutesSpent < 1 || minutesSpent > MAX_MINUTES)) {
			throw new InvalidInputException("minutesSpent", "range",
					"time spent is between 1 and " + MAX_MINUTES + " minutes (a day)");
		}
		return minutesSpent;
	}

	// Shared with tasks

	RequestMessage write(ServiceRequest request, @org.jspecify.annotations.Nullable UUID taskId, Visibility visibility,
			RequestMessage.Side side, String text, List<Upload> uploads, Caller caller, Instant now) {
		return write(request, taskId, visibility, side, text, uploads, caller.username(), caller.user().displayName(),
				now);
	}

	private RequestMessage write(ServiceRequest request, @org.jspecify.annotations.Nullable UUID taskId,
			Visibility visibility, RequestMessage.Side side, String text, List<Upload> uploads, String actor,
			String author, Instant now) {
		RequestMessage message = new RequestMessage(request, taskId, visibility, side, actor, author, text, now);
		this.messages.save(message);
		if (!uploads.isEmpty()) {
			this.files.store(request.getId(), message.getId(), uploads, actor, now);
		}
		return message;
	}

	MessageView view(RequestMessage message, Caller caller) {
		return this.views.message(message, this.views.attachmentsOf(List.of(message)));
	}

	private void requireReadMessage(Caller caller, RequestMessage message) {
		if (message.getTaskId() != null) {
			// Partners read a task's messages without reading its request.
			ChainTask task = this.tasks.findById(message.getTaskId()).orElseThrow();
			this.policy.requireReadTask(caller, task, this.records.load(message.getRequestId()));
			return;
		}
		ServiceRequest request = this.records.readable(caller, message.getRequestId(), false);
		if (message.getVisibility() != Visibility.PUBLIC && !this.policy.seesInternal(caller)) {
			throw RequestAccessPolicy.notFound(request.getId());
		}
	}

	/**
	 * The customer answered: a request that waited on them goes back to whoever it waits
	 * on next (a partner still holding a task, or our team); a resolved one reopens.
	 */
	private void backToWorkAfterCustomer(ServiceRequest request, String actor, Instant now) {
		if (request.getStatus() == RequestStatus.WAITING_ON_CUSTOMER) {
			if (this.records.anyTaskActive(request.getId())) {
				request.waitOnPartner("The customer replied; a task is still with a partner", true, actor, now);
			}
			else {
				request.resume("The customer replied", actor, now);
			}
		}
		else if (request.getStatus() == RequestStatus.RESOLVED) {
			request.reopen("The customer replied after the resolution", actor, now);
		}
		if (request.getAssignee() != null) {
			this.notices.tell(request.getAssignee(), request,
					"The customer replied on " + request.reference() + " " + request.getSummary());
		}
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
