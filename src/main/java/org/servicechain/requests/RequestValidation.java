package org.servicechain.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.servicechain.agreements.Priority;
import org.servicechain.chain.PartyView;
import org.servicechain.requests.RequestAccessPolicy.Caller;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * The rules a new request must meet, checked before anything is written, each naming the
 * field and the rule (REQ-1): the requester exists; the service is one delivered to the
 * requester on the chain (which also says which team delivers it); a category is one the
 * desk offers; a priority other than the matrix's is set by staff, with a reason.
 */
@Component
class RequestValidation {

	private final DeskRules desk;

	RequestValidation(DeskRules desk) {
		this.desk = desk;
	}

	ServiceRequest.Raising raising(NewRequest command, RequestChannel channel, Caller caller,
			Catalogue.Snapshot chain) {
		List<FieldViolation> violations = new ArrayList<>();
		PartyView requester = chain.party(command.requester()).orElse(null);
		UUID providerId = null;
		if (requester == null) {
			violations
				.add(new FieldViolation("requester", "exists", "party " + command.requester() + " does not exist"));
		}
		else {
			Map<UUID, UUID> delivered = chain.servicesDeliveredTo(requester.id());
			providerId = delivered.get(command.service());
			if (chain.service(command.service()).isEmpty()) {
				violations
					.add(new FieldViolation("service", "exists", "service " + command.service() + " does not exist"));
			}
			else if (providerId == null) {
				violations.add(new FieldViolation("service", "delivered-to-requester",
						chain.serviceName(command.service()) + " is not delivered to " + requester.name()
								+ " on the chain"
								+ (delivered.isEmpty() ? "; nothing is" : "; choose one of: " + String.join(", ",
										delivered.keySet().stream().map(chain::serviceName).sorted().toList()))));
			}
		}
		String summary = strip(command.summary());
		String description = strip(command.description());
		if (summary == null || summary.length() > 200) {
			violations.add(new FieldViolation("summary", "size", "a summary needs 1 to 200 characters"));
		}
		if (description == null || description.length() > 20000) {
			violations.add(new FieldViolation("description", "size", "a description needs 1 to 20000 characters"));
		}
		String category = strip(command.category());
		List<String> categories = this.desk.categories();
		if (category != null && !categories.isEmpty() && !categories.contains(category)) {
			violations.add(new FieldViolation("category", "known", "'" + category
					+ "' is not a category of this desk; choose one of: " + String.join(", ", categories)));
		}
		Priority fromMatrix = this.desk.matrix().priorityOf(command.impact(), command.urgency());
		Priority priority = fromMatrix;
		String priorityReason = null;
		if (command.priority() != null && command.priority() != fromMatrix) {
			if (!caller.staff()) {
				violations.add(new FieldViolation("priority", "staff-only",
						"the priority follows from impact and urgency; only staff may set another"));
			}
			else if (strip(command.priorityReason()) == null) {
				violations.add(new FieldViolation("priorityReason", "required",
						"say why the priority differs from the matrix's " + fromMatrix));
			}
			else {
				priority = command.priority();
				priorityReason = strip(command.priorityReason());
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new ServiceRequest.Raising(requester.id(), requester.internal(), channel, command.service(), providerId,
				category, command.impact(), command.urgency(), priority, priorityReason, summary, description);
	}

	static String reason(@Nullable String reason) {
		String stripped = strip(reason);
		if (stripped == null) {
			throw new InvalidInputException("reason", "required", "give a reason; it is kept in the request's history");
		}
		if (stripped.length() > 1000) {
			throw new InvalidInputException("reason", "size", "a reason has at most 1000 characters");
		}
		return stripped;
	}

	static String body(@Nullable String body, String field) {
		String stripped = strip(body);
		if (stripped == null || stripped.length() > 20000) {
			throw new InvalidInputException(field, "size", "a message needs 1 to 20000 characters");
		}
		return stripped;
	}

	static @Nullable String strip(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
