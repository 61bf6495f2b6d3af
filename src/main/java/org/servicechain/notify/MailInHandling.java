package org.servicechain.notify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.chain.Channel;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.ContactDetails;
import org.servicechain.chain.ContactView;
import org.servicechain.chain.CustomerType;
import org.servicechain.chain.PartyDetails;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyView;
import org.servicechain.complaints.ComplaintChannel;
import org.servicechain.complaints.ComplaintManagement;
import org.servicechain.complaints.ComplaintQueries;
import org.servicechain.complaints.ComplaintView;
import org.servicechain.complaints.CustomerWants;
import org.servicechain.complaints.NewComplaint;
import org.servicechain.complaints.Severity;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.Conversation;
import org.servicechain.requests.Level;
import org.servicechain.requests.NewRequest;
import org.servicechain.requests.RequestChannel;
import org.servicechain.requests.RequestManagement;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestReference;
import org.servicechain.requests.RequestStatus;
import org.servicechain.requests.RequestView;
import org.servicechain.requests.Upload;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.ConflictException;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;

/**
 * Handles one mail from the polled mailbox, once (REQ-6, CMP-1): decides whether a person
 * wrote it (else it is ignored, saying why); whether it is about a complaint (its
 * {@code CMP-n}, or an answer to one of its mails) and appends it as the customer's
 * message; whether {@link MailInComplaintRule} makes it a new complaint; whether it
 * answers a request (by the reference in its subject, then by the Message-IDs it answers,
 * which notify recorded for the mails it sent) and appends it as the customer's reply; or
 * else raises a request for the customer contact who sent it. A complaint or request from
 * an unknown sender comes with a contact made for them and flagged for review. A mail
 * that cannot be read, or that the requests module refuses (an attachment against its
 * rules, a sender who is not the request's customer), is quarantined with the reason.
 * <p>
 * Once: the mail's row is written first, under its Message-ID, in the transaction that
 * raises the request or appends the reply, so either both are there or neither, and a
 * second handling of the same mail fails on the key and rolls back.
 */
@Component
class MailInHandling {

	private static final Logger log = LoggerFactory.getLogger(MailInHandling.class);

	static final String ENTITY = "Mail in";

	/**
	 * What a complaint by mail is filed under until its handler looks at it: the portal's
	 * catch-all.
	 */
	static final String COMPLAINT_CATEGORY = "Something else";

	private static final Pattern COMPLAINT_REFERENCE = Pattern.compile("(?i)\\bCMP-(\\d{1,12})\\b");

	private final MailInMessages mails;

	private final ChainManagement chain;

	private final RequestManagement requests;

	private final RequestQueries queries;

	private final Conversation conversation;

	private final ComplaintQueries complaints;

	private final ComplaintManagement complaintManagement;

	private final NotifySettings notify;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MailInHandling(MailInMessages mails, ChainManagement chain, RequestManagement requests, RequestQueries queries,
			Conversation conversation, ComplaintQueries complaints, ComplaintManagement complaintManagement,
			NotifySettings notify, JdbcClient jdbc, AuditTrail audit, PlatformTransactionManager transactions,
			Clock clock) {
		this.complaintManagement = complaintManagement;
		this.mails = mails;
		this.chain = chain;
		this.requests = requests;
		this.queries = queries;
		this.conversation = conversation;
		this.complaints = complaints;
		this.notify = notify;
		this.jdbc = jdbc;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * What became of a mail.
	 */
	record Decision(String outcome, @Nullable String reason, @Nullable UUID requestId, @Nullable UUID complaintId,
			@Nullable String reference, @Nullable UUID contactId) {

		static Decision quarantined(String reason, @Nullable UUID contactId) {
			return new Decision(MailInMessages.QUARANTINED, reason, null, null, null, contactId);
		}

		static Decision request(String outcome, String reason, RequestView request, UUID contactId) {
			return new Decision(outcome, reason, request.id(), null, request.reference(), contactId);
		}

		static Decision complaint(String outcome, String reason, UUID complaintId, String reference, UUID contactId) {
			return new Decision(outcome, reason, null, complaintId, reference, contactId);
		}

	}

	/**
	 * Handles a mail read from the mailbox, as the system.
	 * @return whether this call handled it; {@literal false} when it had been handled
	 * before (a second poll, another instance)
	 */
	boolean handle(byte[] raw, MailInSettings settings) {
		Instant now = Instant.now(this.clock);
		MailInContent content;
		try {
			content = MailInContent.parse(raw);
		}
		catch (MailInContent.Malformed ex) {
			return insertOnce(unreadable(raw, now), MailInMessages.QUARANTINED, ex.getMessage());
		}
		MailInMessages.Received received = new MailInMessages.Received(key(content.messageId(), raw),
				content.messageId(), now, content.sender(), content.senderName(), content.subject(), raw.length, raw);
		if (this.mails.handled(received.key())) {
			return false;
		}
		if (content.sender() == null) {
			return insertOnce(received, MailInMessages.QUARANTINED, "malformed: no valid sender address (From)");
		}
		Optional<String> ignore;
		try {
			ignore = MailInLoopPolicy.whyIgnore(content.mime(), content.sender(), this.notify.messageIdDomain(),
					this.notify.mailFrom());
		}
		catch (MessagingException ex) {
			return insertOnce(received, MailInMessages.QUARANTINED, "malformed: " + ex.getMessage());
		}
		if (ignore.isPresent()) {
			return insertOnce(withoutContent(received), MailInMessages.IGNORED, ignore.get());
		}
		try {
			this.transactions.executeWithoutResult((status) -> {
				UUID id = this.mails.insert(received, MailInMessages.RECEIVED, null, SystemActor.USERNAME, now);
				Decision decision = decide(content, settings);
				this.mails.outcome(id, decision.outcome(), decision.reason(), decision.requestId(),
						decision.complaintId(), decision.reference(), decision.contactId(), SystemActor.USERNAME, now);
			});
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			if (this.mails.handled(received.key())) {
				// Handled meanwhile by another poll or instance: what this one did is
				// rolled back.
				return false;
			}
			return insertOnce(received, MailInMessages.QUARANTINED, refused(ex));
		}
		catch (RuntimeException ex) {
			return insertOnce(received, MailInMessages.QUARANTINED, refused(ex));
		}
	}

	/**
	 * Records a mail too large to read: its headers only; it stays in the mailbox.
	 * @return whether this call recorded it
	 */
	boolean oversized(@Nullable String messageId, @Nullable InternetAddress from, @Nullable String subject, long size,
			MailInSettings settings) {
		Instant now = Instant.now(this.clock);
		String sender = (from != null) ? from.getAddress() : null;
		String key = (messageId != null) ? messageId
				: key(null, (sender + "|" + subject + "|" + size).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		MailInMessages.Received received = new MailInMessages.Received(key, messageId, now, sender,
				(from != null) ? from.getPersonal() : null, (subject != null) ? subject : "", size, null);
		if (this.mails.handled(key)) {
			return false;
		}
		return insertOnce(received, MailInMessages.QUARANTINED,
				"oversized: " + megabytes(size) + " is more than the " + megabytes(settings.maxSize().toBytes())
						+ " allowed (servicechain.notify.mail-in.max-size); it stays in the mailbox, unread here");
	}

	/**
	 * Handles a quarantined mail again (an administrator released it), audited under the
	 * administrator's name; the work itself is done as the system, as for a polled mail.
	 * If it is refused again it stays in quarantine with the new reason.
	 * @return the mail with its new outcome
	 */
	MailInView release(UUID id, MailInSettings settings) {
		String by = CurrentUser.get().map(CurrentUser::getUsername).orElse(SystemActor.USERNAME);
		Instant now = Instant.now(this.clock);
		MailInView mail = this.mails.find(id).orElseThrow(() -> new NotFoundException("Mail", id));
		if (!mail.releasable()) {
			throw new InvalidInputException("id", "quarantined-with-content",
					"only a quarantined mail whose content was kept can be released; this one is " + mail.outcomeLabel()
							+ (mail.quarantined() ? " without its content (too large)" : ""));
		}
		try {
			this.transactions.executeWithoutResult((status) -> {
				byte[] raw = this.mails.claimQuarantined(id)
					.orElseThrow(() -> new ConflictException("The mail was released or discarded meanwhile"));
				this.audit.record(ENTITY, id, mail.version() + 1, "released",
						List.of(new AuditEntryView.FieldChange("outcome", MailInMessages.QUARANTINED, "released")));
				Decision decision = decideOnRelease(raw, settings);
				this.mails.outcome(id, decision.outcome(), decision.reason(), decision.requestId(),
						decision.complaintId(), decision.reference(), decision.contactId(), by, now);
			});
		}
		catch (ConflictException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			stillQuarantined(id, refused(ex), by, now);
		}
		return this.mails.find(id).orElseThrow(() -> new NotFoundException("Mail", id));
	}

	private void stillQuarantined(UUID id, String reason, String by, Instant now) {
		this.transactions.executeWithoutResult((status) -> {
			MailInView mail = this.mails.find(id).orElseThrow();
			this.audit.record(ENTITY, id, mail.version(), "released", List.of(new AuditEntryView.FieldChange("outcome",
					MailInMessages.QUARANTINED, MailInMessages.QUARANTINED + ": " + reason)));
			this.mails.outcome(id, MailInMessages.QUARANTINED, reason, null, null, null, mail.contactId(), by, now);
		});
	}

	private Decision decideOnRelease(byte[] raw, MailInSettings settings) {
		MailInContent content;
		try {
			content = MailInContent.parse(raw);
		}
		catch (MailInContent.Malformed ex) {
			throw new InvalidInputException("content", "readable", ex.getMessage());
		}
		if (content.sender() == null) {
			throw new InvalidInputException("from", "address", "malformed: no valid sender address (From)");
		}
		return SystemActor.call(() -> decide(content, settings));
	}

	/**
	 * Decides and does what the mail asks, in the caller's transaction: a mail about a
	 * complaint (its reference, or an answer to one of its mails) is the customer's
	 * message on it; else a mail the complaint rule picks out makes a complaint; else a
	 * reply to a request is appended to it; else the mail raises a request.
	 */
	private Decision decide(MailInContent mail, MailInSettings settings) {
		String sender = java.util.Objects.requireNonNull(mail.sender());
		Optional<ComplaintView> aboutComplaint = answeredComplaint(mail);
		if (aboutComplaint.isPresent()) {
			return complaintMessage(mail, aboutComplaint.get());
		}
		MailInComplaintRule rule = settings.complaintRule();
		Optional<String> complaint = rule.why(mail.recipients(), mail.subject());
		Optional<RequestView> answered = answeredRequest(mail);
		if (answered.isPresent() && complaint.isEmpty()) {
			RequestView request = answered.get();
			Optional<ContactView> contact = this.chain.contactsWithEmail(sender)
				.stream()
				.filter((candidate) -> candidate.partyId().equals(request.requesterId()))
				.findFirst();
			if (contact.isEmpty()) {
				return Decision.quarantined("reply to " + request.reference() + " from " + sender
						+ ", who is not a contact of its customer " + request.requesterName(), null);
			}
			if (request.status() == RequestStatus.CLOSED) {
				RequestView raised = raise(mail, request.requesterId(), contact.get(), settings,
						"Follow-up to " + request.reference() + ", which is closed.\n\n");
				return Decision.request(MailInMessages.REQUEST_CREATED,
						"follow-up to " + request.reference() + " (closed) from " + contact.get().name(), raised,
						contact.get().id());
			}
			this.conversation.replyByMail(request.id(), author(contact.get()), text(mail.textWithoutQuote()),
					uploads(mail));
			return Decision.request(MailInMessages.REPLY_APPENDED,
					"reply by " + contact.get().name() + " appended to " + request.reference(), request,
					contact.get().id());
		}
		Optional<ContactView> known = this.chain.contactsWithEmail(sender)
			.stream()
			.filter((candidate) -> this.chain.party(candidate.partyId()).customer())
			.findFirst();
		ContactView contact;
		String flagged = null;
		if (known.isPresent()) {
			contact = known.get();
		}
		else {
			PartyView party = partyForUnknown(mail, settings);
			String reason = "made from a mail by an unknown sender"
					+ (mail.subject().isEmpty() ? "" : ": " + Texts.cut(mail.subject(), 200));
			contact = this.chain.createContactForReview(party.id(), new ContactDetails(name(mail), null, sender, null,
					Channel.EMAIL, null, null, null, null, null, null, null, null, null), Texts.cut(reason, 300));
			flagged = "new contact " + contact.name() + " at " + party.name() + ", flagged for review";
		}
		if (complaint.isPresent()) {
			return newComplaint(mail, contact, rule, complaint.get(), answered, flagged);
		}
		List<RequestQueries.ServiceOption> services = this.queries.servicesFor(contact.partyId());
		if (services.isEmpty()) {
			return Decision.quarantined(((flagged != null) ? flagged + "; " : "") + "no service is delivered to "
					+ contact.partyName() + " on the chain: link one, then release this mail", contact.id());
		}
		RequestView raised = raise(mail, contact.partyId(), contact, settings, "");
		return Decision.request(MailInMessages.REQUEST_CREATED,
				"request raised for " + contact.name() + ((flagged != null) ? "; " + flagged : ""), raised,
				contact.id());
	}

	/**
	 * Receives the mail as a complaint of the contact's customer, as the system: the
	 * subject (without the keyword) is its summary, the text its description; a request
	 * of the same customer the mail answers is what it is about. Complaints take no
	 * files: the attachments' names are noted in the description, the files are not kept.
	 */
	private Decision newComplaint(MailInContent mail, ContactView contact, MailInComplaintRule rule, String why,
			Optional<RequestView> answered, @Nullable String flagged) {
		UUID requestId = answered.filter((request) -> request.requesterId().equals(contact.partyId()))
			.map(RequestView::id)
			.orElse(null);
		String summary = rule.summary(mail.subject())
			.map((subject) -> Texts.cut(subject, 200))
			.orElse(Texts.cut("Complaint by mail from " + contact.name(), 200));
		String description = "Mail from " + contact.name() + " <" + mail.sender() + ">:\n\n" + text(mail.text());
		String notKept = notKept(mail);
		description = Texts.cut(description, 8000 - notKept.length()) + notKept;
		UUID id = this.complaintManagement.receive(
				new NewComplaint(contact.partyId(), requestId, null, null, COMPLAINT_CATEGORY, Severity.MEDIUM,
						CustomerWants.EXPLANATION, null, null, summary, description, Texts.cut(contact.name(), 200),
						Texts.cut(java.util.Objects.requireNonNull(mail.sender()), 200),
						(contact.phone() != null) ? Texts.cut(contact.phone(), 60) : null, null, null),
				ComplaintChannel.MAIL);
		String reference = this.complaints.complaint(id).reference();
		return Decision.complaint(MailInMessages.COMPLAINT_CREATED,
				"complaint received for " + contact.name() + " (" + why + ")"
						+ ((flagged != null) ? "; " + flagged : "")
						+ (notKept.isEmpty() ? "" : "; attachments not kept"),
				id, reference, contact.id());
	}

	/**
	 * Appends the mail to the complaint as its customer's message, when a contact of the
	 * complainant wrote it; anyone else's mail waits in quarantine for a person.
	 */
	private Decision complaintMessage(MailInContent mail, ComplaintView complaint) {
		String sender = java.util.Objects.requireNonNull(mail.sender());
		List<ContactView> contacts = this.chain.contactsWithEmail(sender);
		Optional<ContactView> contact = contacts.stream()
			.filter((candidate) -> candidate.partyId().equals(complaint.complainantId()))
			.findFirst();
		if (contact.isEmpty()) {
			return Decision.quarantined(
					"about complaint " + complaint.reference() + " from " + sender
							+ ", who is not a contact of its complainant " + complaint.complainant()
							+ ": handle it on the complaint's page, then discard this mail",
					contacts.stream().findFirst().map(ContactView::id).orElse(null));
		}
		String notKept = notKept(mail);
		String body = text(mail.textWithoutQuote());
		this.complaintManagement.customerWrote(complaint.id(), contact.get().id(),
				Texts.cut(body, 20000 - notKept.length()) + notKept, ComplaintChannel.MAIL);
		return Decision.complaint(MailInMessages.REPLY_APPENDED,
				"message by " + contact.get().name() + " appended to complaint " + complaint.reference()
						+ (notKept.isEmpty() ? "" : "; attachments not kept"),
				complaint.id(), complaint.reference(), contact.get().id());
	}

	/**
	 * @return a note naming the attachments a complaint does not keep, or empty
	 */
	private static String notKept(MailInContent mail) {
		if (mail.attachments().isEmpty()) {
			return "";
		}
		return Texts.cut("\n\n(Attached to the mail, not kept: complaints take no files: "
				+ String.join(", ", mail.attachments().stream().map(MailInContent.Attachment::fileName).toList()) + ")",
				1000);
	}

	private RequestView raise(MailInContent mail, UUID requesterId, ContactView contact, MailInSettings settings,
			String preface) {
		List<RequestQueries.ServiceOption> services = this.queries.servicesFor(requesterId);
		if (services.isEmpty()) {
			throw new InvalidInputException("service", "delivered-to-requester",
					"no service is delivered to " + contact.partyName() + " on the chain");
		}
		RequestQueries.ServiceOption service = services.stream()
			.filter((option) -> settings.defaultService() != null
					&& option.name().equalsIgnoreCase(settings.defaultService().strip()))
			.findFirst()
			.orElse(services.get(0));
		String summary = mail.subject().isBlank() ? "Mail from " + contact.name() : Texts.cut(mail.subject(), 200);
		String description = preface + "Mail from " + contact.name() + " <" + mail.sender() + ">:\n\n"
				+ text(mail.text());
		return this.requests.raise(new NewRequest(service.id(), requesterId, summary, Texts.cut(description, 20000),
				Level.MEDIUM, Level.MEDIUM, null, null, null), uploads(mail), RequestChannel.EMAIL);
	}

	/**
	 * @return the request the mail answers: the reference in its subject, else the
	 * request of a mail it answers (one we sent, or one that came in before)
	 */
	private Optional<RequestView> answeredRequest(MailInContent mail) {
		Optional<Long> number = RequestReference.numberIn(mail.subject());
		if (number.isPresent()) {
			Optional<RequestView> found = byNumber(number.get());
			if (found.isPresent()) {
				return found;
			}
		}
		for (String messageId : mail.threadIds()) {
			Optional<String> reference = referenceOf(messageId);
			if (reference.isPresent()) {
				Optional<RequestView> found = RequestReference.numberIn(reference.get()).flatMap(this::byNumber);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * @return the reference of the complaint the mail is about: the {@code CMP-n} in its
	 * subject, else that of a mail it answers
	 */
	private Optional<ComplaintView> answeredComplaint(MailInContent mail) {
		Matcher matcher = COMPLAINT_REFERENCE.matcher(mail.subject());
		if (matcher.find()) {
			Optional<ComplaintView> found = complaint(Long.parseLong(matcher.group(1)));
			if (found.isPresent()) {
				return found;
			}
		}
		for (String messageId : mail.threadIds()) {
			Optional<String> reference = referenceOf(messageId);
			if (reference.isPresent()) {
				Matcher answered = COMPLAINT_REFERENCE.matcher(reference.get());
				if (answered.matches()) {
					return complaint(Long.parseLong(answered.group(1)));
				}
			}
		}
		return Optional.empty();
	}

	private Optional<ComplaintView> complaint(long number) {
		try {
			return Optional.of(this.complaints.byReference(number));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private Optional<RequestView> byNumber(long number) {
		try {
			return Optional.of(this.queries.byReference(number));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	/**
	 * @return the reference of a mail we sent (the outbox remembers its Message-ID) or
	 * took in before
	 */
	private Optional<String> referenceOf(String messageId) {
		return this.jdbc
			.sql("select reference from outbox_message where kind = 'MAIL' and message_id = :id "
					+ "and reference is not null union select reference from mail_in_message "
					+ "where message_id = :id and reference is not null")
			.param("id", messageId)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	private PartyView partyForUnknown(MailInContent mail, MailInSettings settings) {
		String named = settings.unknownSenderParty();
		if (named != null && !named.isBlank()) {
			Optional<PartyView> party = this.chain.parties(PartyKind.CUSTOMER, null, named.strip(), 0, 50)
				.items()
				.stream()
				.filter((candidate) -> candidate.name().equalsIgnoreCase(named.strip()))
				.findFirst();
			if (party.isPresent()) {
				return party.get();
			}
			log.warn("Mail in: the party for unknown senders '{}' is not a customer of the chain", named);
		}
		return this.chain
			.createParty(new PartyDetails(Texts.cut(name(mail), 120), PartyKind.CUSTOMER, false, CustomerType.PERSON,
					"Made from a mail by an unknown sender; review and link to a service.", null, null, List.of()));
	}

	private boolean insertOnce(MailInMessages.Received mail, String outcome, @Nullable String reason) {
		try {
			this.transactions.executeWithoutResult((status) -> this.mails.insert(mail, outcome, reason,
					SystemActor.USERNAME, Instant.now(this.clock)));
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			return false;
		}
	}

	private static MailInMessages.Received unreadable(byte[] raw, Instant now) {
		String messageId = null;
		String sender = null;
		String name = null;
		String subject = "";
		try {
			MimeMessage headers = MailInContent.headers(raw);
			messageId = MailInContent.messageId(headers);
			InternetAddress from = MailInContent.sender(headers);
			sender = (from != null) ? from.getAddress() : null;
			name = (from != null) ? from.getPersonal() : null;
			subject = (headers.getSubject() != null) ? headers.getSubject() : "";
		}
		catch (MessagingException | RuntimeException ex) {
			// Not even the headers read: the row says what little is known.
		}
		return new MailInMessages.Received(key(messageId, raw), messageId, now, sender, name, subject, raw.length, raw);
	}

	private static MailInMessages.Received withoutContent(MailInMessages.Received mail) {
		return new MailInMessages.Received(mail.key(), mail.messageId(), mail.receivedAt(), mail.sender(),
				mail.senderName(), mail.subject(), mail.size(), null);
	}

	private static String key(@Nullable String messageId, byte[] raw) {
		if (messageId != null) {
			return messageId;
		}
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String refused(RuntimeException ex) {
		if (ex instanceof InvalidInputException invalid) {
			return "refused: " + String.join("; ",
					invalid.getViolations().stream().map(InvalidInputException.FieldViolation::message).toList());
		}
		log.info("Mail in: a mail could not be handled", ex);
		return "could not be handled: " + ex.getClass().getSimpleName()
				+ ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
	}

	private static String name(MailInContent mail) {
		String personal = mail.senderName();
		return (personal != null && !personal.isBlank()) ? personal.strip()
				: java.util.Objects.requireNonNull(mail.sender());
	}

	private static String author(ContactView contact) {
		return Texts.cut(contact.name(), 120);
	}

	private static String text(String text) {
		return text.isBlank() ? "(the mail had no text)" : Texts.cut(text, 20000);
	}

	private static List<Upload> uploads(MailInContent mail) {
		return mail.attachments()
			.stream()
			.map((attachment) -> new Upload(Texts.cut(attachment.fileName(), 255), attachment.content()))
			.toList();
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
