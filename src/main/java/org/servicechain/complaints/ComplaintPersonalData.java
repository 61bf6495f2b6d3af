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
 * were said (they name staff's words, not the customer's contact details).
 */
@Component
class ComplaintPersonalData implements PersonalDataHolder {

	private final Complaints complaints;

	private final AuditTrail audit;

	ComplaintPersonalData(Complaints complaints, AuditTrail audit) {
		this.complaints = complaints;
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
		return found.stream().map(ComplaintPersonalData::exported).toList();
	}

	@Override
	@org.springframework.transaction.annotation.Transactional
	public List<String> pseudonymise(DataSubject subject, Set<String> identifiers, String pseudonym) {
		List<Complaint> found = of(subject, identifiers);
		for (Complaint complaint : found) {
			Map<String, String> before = complaint.auditSnapshot();
			complaint.pseudonymise(pseudonym, (text) -> replace(text, identifiers, pseudonym));
			this.complaints.saveAndFlush(complaint);
			this.audit.updated(ComplaintManagement.ENTITY, before, complaint, Map.of("personalData", "pseudonymised"));
		}
		return List.of(found.size() + " complaints: contact replaced by the pseudonym, contact details and"
				+ " communication needs removed, the person's name, email and phone replaced in the texts;"
				+ " steps, dates, remedies and clocks kept");
	}

	private List<Complaint> of(DataSubject subject, Set<String> identifiers) {
		return this.complaints.findAll()
			.stream()
			.filter((complaint) -> (subject.kind() == DataSubject.Kind.PERSON
					&& complaint.getComplainantId().equals(subject.id())) || mentions(complaint, identifiers))
			.toList();
	}

	private static boolean mentions(Complaint complaint, Set<String> identifiers) {
		String all = String
			.join(" ", String.valueOf(complaint.getContactName()), String.valueOf(complaint.getContactEmail()),
					String.valueOf(complaint.getContactPhone()), complaint.getSummary(), complaint.getDescription())
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

	private static Map<String, Object> exported(Complaint complaint) {
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
		return row;
	}

}
