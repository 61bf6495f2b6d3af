package org.servicechain.complaints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.servicechain.privacy.DataSubject;
import org.servicechain.privacy.PersonalDataHolder;
import org.servicechain.shared.AuditTrail;

/**
 * The complaints' personal data about a person (REC-5): the complaints a customer who is
 * a person made, and every complaint whose contact or text names the person. Erasure
 * replaces the contact with the pseudonym, removes contact details and communication
 * needs, and replaces the person's identifiers in the texts; it never deletes a complaint
 * or changes its steps, dates, remedy or clocks. The history's details are kept as they
 * were said (they name staff's words, not the customer's contact details). What the
 * customer wrote after making the complaint (its messages) is exported, and erased like
 * the complaint's own words: the author becomes the pseudonym.
 */
@Component
class ComplaintPersonalData implements PersonalDataHolder {

	private final Complaints complaints;

	private final ComplaintMessages messages;

	private final AuditTrail audit;

	ComplaintPersonalData(Complaints complaints, ComplaintMessages messages, AuditTrail audit) {
		this.complaints = complaints;
		this.messages = messages;
		this.audit = audit;
	}

	@Override
	public String area() {
		return "complaints";
	}

	@Override
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public @Nullable Object export(DataSubject subject, Set<String> identifiers) {
		List<Complaint> found = of(subject, identifiers);
		if (found.isEmpty()) {
			return null;
		}
		Map<java.util.UUID, List<ComplaintMessage>> written = messagesOf(found);
		return found.stream()
			.map((complaint) -> exported(complaint, written.getOrDefault(complaint.getId(), List.of())))
			.toList();
	}

	@Override
	@org.springframework.transaction.annotation.Transactional
	public List<String> pseudonymise(DataSubject subject, Set<String> identifiers, String pseudonym) {
		List<Complaint> found = of(subject, identifiers);
		Map<java.util.UUID, List<ComplaintMessage>> written = messagesOf(found);
		for (Complaint complaint : found) {
			Map<String, String> before = complaint.auditSnapshot();
			complaint.pseudonymise(pseudonym, (text) -> replace(text, identifiers, pseudonym));
			for (ComplaintMessage message : written.getOrDefault(complaint.getId(), List.of())) {
				message.pseudonymise(pseudonym, (text) -> replace(text, identifiers, pseudonym));
				this.messages.save(message);
			}
			this.complaints.saveAndFlush(complaint);
			this.audit.updated(ComplaintManagement.ENTITY, before, complaint, Map.of("personalData", "pseudonymised"));
		}
		return List.of(found.size() + " complaints: contact replaced by the pseudonym, contact details and"
				+ " communication needs removed, the person's name, email and phone replaced in the texts;"
				+ " steps, dates, remedies and clocks kept");
	}

	private List<Complaint> of(DataSubject subject, Set<String> identifiers) {
		Map<java.util.UUID, List<ComplaintMessage>> written = new java.util.HashMap<>();
		for (ComplaintMessage message : this.messages.findAll()) {
			written.computeIfAbsent(message.getComplaintId(), (key) -> new java.util.ArrayList<>()).add(message);
		}
		return this.complaints.findAll()
			.stream()
			.filter((complaint) -> (subject.kind() == DataSubject.Kind.PERSON
					&& complaint.getComplainantId().equals(subject.id()))
					|| mentions(complaint, written.getOrDefault(complaint.getId(), List.of()), identifiers))
			.toList();
	}

	private Map<java.util.UUID, List<ComplaintMessage>> messagesOf(List<Complaint> complaints) {
		Map<java.util.UUID, List<ComplaintMessage>> written = new java.util.HashMap<>();
		if (complaints.isEmpty()) {
			return written;
		}
		for (ComplaintMessage message : this.messages
			.findByComplaintIdIn(complaints.stream().map(Complaint::getId).toList())) {
			written.computeIfAbsent(message.getComplaintId(), (key) -> new java.util.ArrayList<>()).add(message);
		}
		written.values().forEach((list) -> list.sort(java.util.Comparator.comparing(ComplaintMessage::getWrittenAt)));
		return written;
	}

	private static boolean mentions(Complaint complaint, List<ComplaintMessage> messages, Set<String> identifiers) {
		String all = String
			.join(" ", String.valueOf(complaint.getContactName()), String.valueOf(complaint.getContactEmail()),
					String.valueOf(complaint.getContactPhone()), complaint.getSummary(), complaint.getDescription(),
					String.join(" ",
							messages.stream().map((message) -> message.getAuthor() + " " + message.getBody()).toList()))
			.toLowerCase(Locale.ROOT);
		return identifiers.stream()
			.filter((identifier) -> !identifier.isBlank())
			.anyMatch((identifier) -> all.contains(identifier.toLowerCase(Locale.ROOT)));
	}

	static @Nullable String replace(@Nullable String text, Set<String> identifiers, String pseudonym) {
		if (text == null) {
			return null;
		}
		String result = text;
		for (String identifier : identifiers) {
			if (!identifier.isBlank()) {
				result = Pattern.compile(Pattern.quote(identifier), Pattern.CASE_INSENSITIVE)
					.matcher(result)
					.replaceAll(java.util.regex.Matcher.quoteReplacement(pseudonym));
			}
		}
		return result;
	}

	private static Map<String, Object> exported(Complaint complaint, List<ComplaintMessage> messages) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("reference", complaint.reference());
		row.put("receivedAt", complaint.getReceivedAt().toString());
		row.put("status", complaint.getStatus().label());
		row.put("summary", complaint.getSummary());
		row.put("description", complaint.getDescription());
		row.put("contactName", complaint.getContactName());
		row.put("contactEmail", complaint.getContactEmail());
		row.put("contactPhone", complaint.getContactPhone());
		row.put("communicationNeeds", complaint.getCommunicationNeeds());
		row.put("acknowledgement", complaint.getAcknowledgement());
		row.put("apology", complaint.getApology());
		row.put("remedy", (complaint.getRemedy() != null) ? complaint.getRemedy().label() : null);
		row.put("remedyValue",
				(complaint.getRemedyValue() != null) ? complaint.getRemedyValue().toPlainString() : null);
		row.put("customerResponse", complaint.getCustomerResponse());
		row.put("customerComment", complaint.getCustomerComment());
		row.put("messages", messages.stream().map((message) -> {
			Map<String, Object> written = new LinkedHashMap<>();
			written.put("at", message.getWrittenAt().toString());
			written.put("author", message.getAuthor());
			written.put("text", message.getBody());
			return written;
		}).toList());
		return row;
	}

}
