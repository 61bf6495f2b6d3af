package org.servicechain.feedback;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.shared.NotFoundException;

/**
 * The one place that decides who may see and do what with feedback (FB-1 … FB-5; REC-4).
 * Every path asks it: pages, the API, lists and their counts, the analysis, themes,
 * alerts and the dashboard hint. Feedback the caller may not see answers "not found",
 * exactly like feedback that does not exist.
 * <ul>
 * <li>Administrators, managers and agents see all feedback; managers and administrators
 * design surveys and decide on themes.</li>
 * <li>An internal team member sees the feedback about their team: survey answers on
 * requests their team owned or worked on, comments about their team, and what their team
 * said as an internal customer.</li>
 * <li>A customer sees only their own party's feedback; they leave comments for their own
 * party only.</li>
 * <li>A partner user sees only feedback about their own party.</li>
 * <li>Anyone holding a survey link may answer that one survey once, without signing in;
 * the link shows nothing else.</li>
 * <li>A relationship survey is answered only by the partner user or team member it was
 * sent to. How a party rates us, and the comments its people left with their answers, are
 * seen by administrators, managers and agents (who see all feedback) and by that party's
 * own people: never by another party, a customer or another team's members. The comments
 * never say who wrote them.</li>
 * </ul>
 */
@Component
public class FeedbackAccessPolicy {

	record Caller(CurrentUser user) {

		String username() {
			return this.user.getUsername();
		}

		boolean fullStaff() {
			return this.user.hasRole(Role.ADMIN, Role.MANAGER, Role.AGENT);
		}

		boolean teamMember() {
			return this.user.hasRole(Role.TEAM_MEMBER);
		}

		boolean staff() {
			return this.user.isStaff();
		}

		boolean customer() {
			return this.user.hasRole(Role.CUSTOMER);
		}

		boolean partner() {
			return this.user.hasRole(Role.PARTNER);
		}

		boolean manager() {
			return this.user.hasRole(Role.ADMIN, Role.MANAGER);
		}

		@Nullable UUID partyId() {
			return this.user.partyId();
		}

		boolean ofParty(@Nullable UUID partyId) {
			return partyId != null && partyId.equals(this.user.partyId());
		}

	}

	Caller caller() {
		return new Caller(CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first")));
	}

	java.util.Optional<Caller> callerIfAny() {
		return CurrentUser.get().map(Caller::new);
	}

	/**
	 * @param customerId whose feedback it is
	 * @param about the parties of the chain it is about (the team that owned the request,
	 * the parties that worked on it, the party a comment names)
	 */
	boolean canRead(Caller caller, @Nullable UUID customerId, Collection<UUID> about) {
		if (caller.fullStaff()) {
			return true;
		}
		if (caller.teamMember()) {
			return caller.ofParty(customerId) || about.contains(caller.partyId());
		}
		if (caller.customer()) {
			return caller.ofParty(customerId);
		}
		if (caller.partner()) {
			return caller.partyId() != null && about.contains(caller.partyId());
		}
		return false;
	}

	boolean canRead(Caller caller, SurveyInvitation invitation) {
		List<UUID> about = new java.util.ArrayList<>(invitation.parties());
		about.add(invitation.getTeamId());
		return canRead(caller, invitation.getCustomerId(), about);
	}

	boolean canRead(Caller caller, FeedbackComment comment) {
		return canRead(caller, comment.getCustomerId(),
				(comment.getPartyId() != null) ? List.of(comment.getPartyId()) : List.of());
	}

	boolean canAnswer(Caller caller, RelationshipInvitation invitation) {
		return invitation.getRecipient().equals(caller.username());
	}

	/**
	 * How a party rates us and its people's comments, on its scorecard, in the API and in
	 * the feedback pages.
	 */
	boolean canSeeRating(Caller caller, UUID partyId) {
		return caller.fullStaff() || caller.ofParty(partyId);
	}

	/**
	 * Staff capture feedback for anyone; a customer leaves it for their own party only.
	 */
	void requireCapture(Caller caller, @Nullable UUID customerId) {
		if (caller.staff()) {
			return;
		}
		if (!caller.customer() || !caller.ofParty(customerId)) {
			throw new AccessDeniedException("Customers leave feedback for their own organisation only");
		}
	}

	/**
	 * The analysis, themes and alerts: staff who see all feedback.
	 */
	void requireAnalyse(Caller caller) {
		if (!caller.fullStaff()) {
			throw new AccessDeniedException("Administrators, managers and agents analyse feedback");
		}
	}

	void requireManage(Caller caller) {
		if (!caller.manager()) {
			throw new AccessDeniedException("Only administrators and managers design surveys and decide on themes");
		}
	}

	void requireStaff(Caller caller) {
		if (!caller.staff()) {
			throw new AccessDeniedException("Staff only");
		}
	}

	/**
	 * An alert is acknowledged by the people it was sent to and by managers.
	 */
	void requireAcknowledge(Caller caller, ThemeAlert alert) {
		if (caller.manager() || List.of(alert.getRecipients().split(" ")).contains(caller.username())) {
			return;
		}
		throw new AccessDeniedException("Only the people alerted and managers acknowledge an alert");
	}

	static NotFoundException notFound(String kind, Object id) {
		return new NotFoundException(kind, id);
	}

}
