package org.servicechain.requests;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import org.servicechain.privacy.DataSubject;
import org.servicechain.privacy.PersonalDataHolder;
import org.servicechain.shared.AuditTrail;

/**
 * The requests' personal data about a person (REC-5): the requests a customer who is a
 * person raised, and every request and message whose text names the person (their name,
 * email or phone, as the chain knows them). Erasure replaces those names with the
 * pseudonym; retention anonymises the text of closed requests. Neither ever deletes a
 * request or changes its status, dates, service, priority or clocks.
 */
@Component
class RequestPersonalData implements PersonalDataHolder {

	static final String CLOSED_REQUESTS = "closed-requests";

	static final String ANONYMISED_DESCRIPTION = "Personal data removed under the retention rule for closed requests.";

	static final String ANONYMISED = "anonymised";

	private final ServiceRequests requests;

	private final RequestMessages messages;

	private final AuditTrail audit;

	RequestPersonalData(ServiceRequests requests, RequestMessages messages, AuditTrail audit) {
		this.requests = requests;
		this.messages = messages;
		this.audit = audit;
	}

	@Override
	public String area() {
		return "requests";
	}

	@Override
	public @Nullable Object export(DataSubject subject, Set<String> identifiers) {
		List<ServiceRequest> found = requestsOf(subject, identifiers);
		List<RequestMessage> said = messagesOf(identifiers);
		if (found.isEmpty() && said.isEmpty()) {
			return null;
		}
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("requests", found.stream().map(RequestPersonalData::exported).toList());
		section.put("messages", said.stream().map(RequestPersonalData::exported).toList());
		return section;
	}

	@Override
	public List<String> pseudonymise(DataSubject subject, Set<String> identifiers, String pseudonym) {
		if (identifiers.isEmpty()) {
			return List.of();
		}
		int requestsChanged = 0;
		for (ServiceRequest request : requestsOf(subject, identifiers)) {
			String summary = replace(request.getSummary(), identifiers, pseudonym);
			String description = replace(request.getDescription(), identifiers, pseudonym);
			if (!summary.equals(request.getSummary()) || !description.equals(request.getDescription())) {
				Map<String, String> before = request.auditSnapshot();
				request.redact(summary, description, null);
				this.requests.saveAndFlush(request);
				this.audit.updated(RequestManagement.ENTITY, before, request);
				requestsChanged++;
			}
		}
		int messagesChanged = 0;
		for (RequestMessage message : messagesOf(identifiers)) {
			String body = replace(message.getBody(), identifiers, pseudonym);
			String author = replace(message.getAuthorName(), identifiers, pseudonym);
			if (!body.equals(message.getBody()) || !author.equals(message.getAuthorName())) {
				message.redact(body, author);
				this.messages.saveAndFlush(message);
				messagesChanged++;
			}
		}
		return List.of(
				requestsChanged + " requests: the person's name, email and phone replaced in the text;"
						+ " status, dates, service, priority and clocks kept",
				messagesChanged + " messages: the person's name, email and phone replaced");
	}

	@Override
	public Map<String, Period> retentionKinds() {
		return Map.of(CLOSED_REQUESTS, Period.ofYears(6));
	}

	@Override
	public int anonymiseBefore(String kind, Instant cutoff) {
		if (!CLOSED_REQUESTS.equals(kind)) {
			return 0;
		}
		List<ServiceRequest> due = this.requests.findClosedBeforeNotAnonymised(RequestStatus.CLOSED, cutoff,
				ANONYMISED_DESCRIPTION, PageRequest.of(0, 1_000));
		for (ServiceRequest request : due) {
			Map<String, String> before = request.auditSnapshot();
			request.redact("Anonymised " + request.reference(), ANONYMISED_DESCRIPTION, ANONYMISED);
			this.requests.saveAndFlush(request);
			this.audit.updated(RequestManagement.ENTITY, before, request);
			for (RequestMessage message : this.messages.findByRequestIdOrderByCreatedAtAsc(request.getId())) {
				message.redact("[Removed under the retention rule for closed requests]", "Anonymised");
				this.messages.save(message);
			}
		}
		return due.size();
	}

	private List<ServiceRequest> requestsOf(DataSubject subject, Set<String> identifiers) {
		Map<UUID, ServiceRequest> found = new LinkedHashMap<>();
		if (subject.kind() == DataSubject.Kind.PERSON) {
			this.requests.findByRequesterIdOrderByOpenedAtAsc(subject.id())
				.forEach((request) -> found.put(request.getId(), request));
		}
		for (String identifier : identifiers) {
			this.requests.findMentioning(pattern(identifier)).forEach((request) -> found.put(request.getId(), request));
		}
		return new ArrayList<>(found.values());
	}

	private List<RequestMessage> messagesOf(Set<String> identifiers) {
		Set<RequestMessage> found = new LinkedHashSet<>();
		for (String identifier : identifiers) {
			found.addAll(this.messages.findMentioning(pattern(identifier), identifier.toLowerCase(Locale.ROOT)));
		}
		return new ArrayList<>(found);
	}

	private static String pattern(String identifier) {
		String escaped = identifier.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	static String replace(String text, Set<String> identifiers, String pseudonym) {
		String result = text;
		for (String identifier : identifiers) {
			result = Pattern.compile(Pattern.quote(identifier), Pattern.CASE_INSENSITIVE)
				.matcher(result)
				.replaceAll(Matcher.quoteReplacement(pseudonym));
		}
		return result;
	}

	private static Map<String, Object> exported(ServiceRequest request) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("reference", request.reference());
		fields.put("summary", request.getSummary());
		fields.put("description", request.getDescription());
		fields.put("status", request.getStatus().name());
		fields.put("openedAt", request.getOpenedAt().toString());
		fields.put("closedAt", (request.getClosedAt() != null) ? request.getClosedAt().toString() : null);
		return fields;
	}

	private static Map<String, Object> exported(RequestMessage message) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("requestId", message.getRequestId().toString());
		fields.put("visibility", message.getVisibility().name());
		fields.put("author", message.getAuthorName());
		fields.put("body", message.getBody());
		fields.put("at", message.getCreatedAt().toString());
		return fields;
	}

}
