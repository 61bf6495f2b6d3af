package org.servicechain.complaints;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;

/**
 * Imports complaints with their past (demo data, a move from another system): each
 * complaint and each of its steps goes through the same commands, rules, access checks
 * and audit as a live one, recorded at the instant and under the person the import names.
 * Administrators only (and the system), since it writes history in other people's names.
 */
@Service
public class ComplaintImport {

	private static final ThreadLocal<Moment> MOMENT = new ThreadLocal<>();

	private final ComplaintManagement complaints;

	ComplaintImport(ComplaintManagement complaints) {
		this.complaints = complaints;
	}

	/**
	 * When and by whom the command being imported happened.
	 */
	record Moment(Instant at, String actor) {

	}

	static @Nullable Moment current() {
		return MOMENT.get();
	}

	/**
	 * @return whether this thread is importing complaints with their past: what happens
	 * then is history, which nobody is told of (the notify module asks)
	 */
	public static boolean importing() {
		return MOMENT.get() != null;
	}

	/**
	 * One complaint with its past.
	 *
	 * @param raisedBy who entered it (login name)
	 * @param steps what happened since, in order
	 */
	public record ImportedComplaint(NewComplaint details, ComplaintChannel channel, Instant receivedAt, String raisedBy,
			List<ImportedStep> steps) {

	}

	/**
	 * One step of an imported complaint: one of the {@link ComplaintCommands} records.
	 */
	public record ImportedStep(Instant at, String actor, Record command) {

	}

	/**
	 * @return the ids of the complaints imported, in order
	 */
	@Transactional
	public List<UUID> importAll(List<ImportedComplaint> imported) {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		if (!user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators import complaints");
		}
		return imported.stream().map(this::importOne).toList();
	}

	private UUID importOne(ImportedComplaint complaint) {
		UUID id = at(complaint.receivedAt(), complaint.raisedBy(),
				() -> this.complaints.receive(complaint.details(), complaint.channel()));
		long version = this.complaints.versionOf(id);
		for (ImportedStep step : complaint.steps()) {
			long expected = version;
			at(step.at(), step.actor(), () -> {
				Record command = step.command();
				if (command instanceof ComplaintCommands.Acknowledgement acknowledgement) {
					this.complaints.acknowledge(id, expected, acknowledgement);
				}
				else if (command instanceof ComplaintCommands.Apology apology) {
					this.complaints.apologise(id, expected, apology);
				}
				else if (command instanceof ComplaintCommands.Analysis analysis) {
					this.complaints.analyse(id, expected, analysis);
				}
				else if (command instanceof ComplaintCommands.Action action) {
					this.complaints.act(id, expected, action);
				}
				else if (command instanceof ComplaintCommands.Answer answer) {
					this.complaints.answer(id, expected, answer);
				}
				else if (command instanceof ComplaintCommands.Assurance assurance) {
					this.complaints.assure(id, expected, assurance);
				}
				else if (command instanceof ComplaintCommands.FollowUp followUp) {
					this.complaints.followUp(id, expected, followUp);
				}
				else if (command instanceof ComplaintCommands.Referral referral) {
					this.complaints.refer(id, expected, referral);
				}
				else {
					throw new IllegalArgumentException("Not a complaint step: " + command);
				}
				return null;
			});
			version = this.complaints.versionOf(id);
		}
		return id;
	}

	private static <T> T at(Instant at, String actor, java.util.function.Supplier<T> work) {
		MOMENT.set(new Moment(at, actor));
		try {
			return work.get();
		}
		finally {
			MOMENT.remove();
		}
	}

}
