package org.servicechain.reviews;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.PartyView;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.StaffMember;
import org.servicechain.identity.SystemActor;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;
import org.servicechain.shared.NotFoundException;

/**
 * Checks of meeting commands, naming every field that is missing or wrong, so nothing
 * half-written is saved.
 */
@Component
class MeetingValidation {

	private final ChainManagement chain;

	private final IdentityManagement identity;

	MeetingValidation(ChainManagement chain, IdentityManagement identity) {
		this.chain = chain;
		this.identity = identity;
	}

	void series(NewSeries command, String manager) {
		List<FieldViolation> errors = new ArrayList<>();
		if (command.kind() == null) {
			errors.add(new FieldViolation("kind", "required", "say whether this is a partner review or a 1:1"));
		}
		String title = command.title();
		if (title == null || title.isBlank()) {
			errors.add(new FieldViolation("title", "required", "give the series a title"));
		}
		else if (title.strip().length() > 200) {
			errors.add(new FieldViolation("title", "max-length", "at most 200 characters"));
		}
		if (command.cadence() == null) {
			errors.add(new FieldViolation("cadence", "required", "say how often the series meets"));
		}
		if (command.kind() == MeetingKind.PARTNER_REVIEW) {
			if (command.partyId() == null) {
				errors.add(new FieldViolation("partyId", "required", "say which partner the reviews are with"));
			}
			else {
				PartyView party = SystemActor.call(() -> {
					try {
						return this.chain.party(command.partyId());
					}
					catch (NotFoundException ex) {
						return null;
					}
				});
				if (party == null) {
					errors.add(new FieldViolation("partyId", "exists", "no such party"));
				}
				else if (party.customer()) {
					errors.add(new FieldViolation("partyId", "partner",
							"reviews are held with suppliers, partners and teams, not customers"));
				}
			}
		}
		else if (command.kind() == MeetingKind.ONE_TO_ONE) {
			List<String> staff = SystemActor.call(() -> this.identity.staffDirectory()
				.stream()
				.filter(StaffMember::enabled)
				.map(StaffMember::username)
				.toList());
			String person = command.person();
			if (person == null || person.isBlank()) {
				errors.add(new FieldViolation("person", "required", "say whose 1:1s these are"));
			}
			else if (!staff.contains(person.strip())) {
				errors.add(new FieldViolation("person", "staff", "1:1s are held with members of staff"));
			}
			else if (person.strip().equals(manager)) {
				errors.add(new FieldViolation("person", "not-manager", "a 1:1 is with someone other than the manager"));
			}
			if (!staff.contains(manager)) {
				errors.add(new FieldViolation("manager", "staff", "the manager must be a member of staff"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	static void action(NewAction command, MeetingKind kind) {
		List<FieldViolation> errors = new ArrayList<>();
		String description = command.description();
		if (description == null || description.isBlank()) {
			errors.add(new FieldViolation("description", "required", "say what is to be done"));
		}
		else if (description.strip().length() > 1000) {
			errors.add(new FieldViolation("description", "max-length", "at most 1,000 characters"));
		}
		String owner = command.owner();
		if (owner == null || owner.isBlank()) {
			errors.add(new FieldViolation("owner", "required", "every action has an owner"));
		}
		else if (owner.strip().length() > 200) {
			errors.add(new FieldViolation("owner", "max-length", "at most 200 characters"));
		}
		if (command.dueOn() == null) {
			errors.add(new FieldViolation("dueOn", "required", "every action has a due date"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	/**
	 * @return the text, empty for null
	 * @throws InvalidInputException when it is longer than allowed
	 */
	static String text(String field, @Nullable String value, int max) {
		String text = (value != null) ? value.replace("\r\n", "\n") : "";
		if (text.length() > max) {
			throw new InvalidInputException(field, "max-length", "at most " + max + " characters");
		}
		return text;
	}

	static String clip(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

}
