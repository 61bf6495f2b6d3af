package org.servicechain.feedback;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.ChainManagement;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.SystemActor;
import org.servicechain.identity.UserView;
import org.servicechain.privacy.DataSubject;
import org.servicechain.privacy.PersonalDataHolder;
import org.servicechain.shared.AuditEntryView.FieldChange;
import org.servicechain.shared.AuditTrail;

/**
 * The feedback module's personal data about a person (REC-5): the relationship surveys
 * the person was asked, as the partner user or team member whose account has the person's
 * email address, with their answer and comment; and any relationship comment that names
 * the person. Erasure makes the person the pseudonym and removes their comments (their
 * own words), keeping the score and the dates so the party's rating stays true without
 * saying who gave it; a comment by someone else that names the person has the name, email
 * and phone replaced by the pseudonym. Nothing is deleted. The same goes for the surveys
 * after a request: those sent to a customer who is a person are theirs (their comment is
 * removed on erasure, the score kept), and a comment by anyone else that names the person
 * has the name, email and phone replaced.
 */
@Component
class FeedbackPersonalData implements PersonalDataHolder {

	static final String REQUEST_SURVEY = "SurveyInvitation";

	private final RelationshipInvitations invitations;

	private final Surveys surveys;

	private final SurveyInvitations requestSurveys;

	private final IdentityManagement identity;

	private final ChainManagement chain;

	private final AuditTrail audit;

	FeedbackPersonalData(RelationshipInvitations invitations, Surveys surveys, SurveyInvitations requestSurveys,
			IdentityManagement identity, ChainManagement chain, AuditTrail audit) {
		this.invitations = invitations;
		this.surveys = surveys;
		this.requestSurveys = requestSurveys;
		this.identity = identity;
		this.chain = chain;
		this.audit = audit;
	}

	@Override
	public String area() {
		return "feedback";
	}

	@Override
	@Transactional(readOnly = true)
	public @Nullable Object export(DataSubject subject, Set<String> identifiers) {
		Set<String> accounts = accountsOf(identifiers);
		List<RelationshipInvitation> asked = askedOrNaming(accounts, identifiers);
		List<SurveyInvitation> answered = requestSurveysOf(subject, identifiers);
		if (asked.isEmpty() && answered.isEmpty()) {
			return null;
		}
		Map<UUID, Survey> surveys = this.surveys.findAll()
			.stream()
			.collect(Collectors.toMap(Survey::getId, Function.identity()));
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("requestSurveys", answered.stream().map((invitation) -> {
			Survey survey = surveys.get(invitation.getSurveyId());
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("survey", (survey != null) ? survey.getName() : null);
			row.put("request", invitation.getRequestReference());
			row.put("askedYou", invitation.getCustomerId().equals(subject.id()));
			row.put("invitedAt", invitation.getInvitedAt().toString());
			row.put("answeredAt", (invitation.getAnsweredAt() != null) ? invitation.getAnsweredAt().toString() : null);
			row.put("score", invitation.getScore());
			row.put("comment", invitation.getComment());
			return row;
		}).toList());
		section.put("relationshipSurveys", asked.stream().map((invitation) -> {
			Survey survey = surveys.get(invitation.getSurveyId());
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("survey", (survey != null) ? survey.getName() : null);
			row.put("party", SystemActor.call(() -> this.chain.partyName(invitation.getPartyId())).orElse(null));
			row.put("askedYou", accounts.contains(invitation.getRecipient()));
			row.put("invitedAt", invitation.getInvitedAt().toString());
			row.put("question", (invitation.getQuestion() != null) ? invitation.getQuestion()
					: (survey != null) ? survey.getQuestion() : null);
			row.put("answeredAt", (invitation.getAnsweredAt() != null) ? invitation.getAnsweredAt().toString() : null);
			row.put("score", invitation.getScore());
			row.put("comment", invitation.getComment());
			return row;
		}).toList());
		return section;
	}

	@Override
	@Transactional
	public List<String> pseudonymise(DataSubject subject, Set<String> identifiers, String pseudonym) {
		Set<String> accounts = accountsOf(identifiers);
		int asked = 0;
		int named = 0;
		for (RelationshipInvitation invitation : askedOrNaming(accounts, identifiers)) {
			if (accounts.contains(invitation.getRecipient())) {
				invitation.pseudonymise(pseudonym);
				asked++;
			}
			else {
				invitation.redactComment(replace(invitation.getComment(), identifiers, pseudonym));
				named++;
			}
			this.invitations.saveAndFlush(invitation);
			this.audit.record(RelationshipSurveys.ENTITY, invitation.getId(), invitation.getVersion(), "updated",
					List.of(new FieldChange("personalData", null, "pseudonymised")));
		}
		int own = 0;
		int mentioned = 0;
		for (SurveyInvitation invitation : requestSurveysOf(subject, identifiers)) {
			if (invitation.getCustomerId().equals(subject.id())) {
				if (invitation.getComment() == null) {
					continue;
				}
				invitation.eraseComment();
				own++;
			}
			else {
				invitation.redactComment(replace(invitation.getComment(), identifiers, pseudonym));
				mentioned++;
			}
			this.requestSurveys.saveAndFlush(invitation);
			this.audit.record(REQUEST_SURVEY, invitation.getId(), invitation.getVersion(), "updated",
					List.of(new FieldChange("personalData", null, "pseudonymised")));
		}
		return List.of(own + " answers to request surveys: the comment removed; request, dates and score kept",
				mentioned + " request survey comments by others: the person's name, email and phone replaced",
				asked + " relationship survey invitations: the person asked replaced by the pseudonym and"
						+ " their comment removed; party, dates and score kept",
				named + " relationship survey comments by others: the person's name, email and phone replaced");
	}

	/**
	 * The surveys after a request sent to the person (a customer who is a person), and
	 * any other survey comment that names them.
	 */
	private List<SurveyInvitation> requestSurveysOf(DataSubject subject, Set<String> identifiers) {
		List<SurveyInvitation> found = new java.util.ArrayList<>();
		if (subject.kind() == DataSubject.Kind.PERSON) {
			found.addAll(this.requestSurveys.findByCustomerIdOrderByInvitedAtDesc(subject.id()));
		}
		this.requestSurveys.findByCommentIsNotNull()
			.stream()
			.filter((invitation) -> !invitation.getCustomerId().equals(subject.id())
					&& names(invitation.getComment(), identifiers))
			.forEach(found::add);
		return found;
	}

	/**
	 * @return the login names of the accounts with one of the person's email addresses
	 */
	private Set<String> accountsOf(Set<String> identifiers) {
		Set<String> emails = identifiers.stream()
			.filter((identifier) -> identifier.contains("@"))
			.map((identifier) -> identifier.strip().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		if (emails.isEmpty()) {
			return Set.of();
		}
		return SystemActor.call(this.identity::users)
			.stream()
			.filter((user) -> user.email() != null && emails.contains(user.email().strip().toLowerCase(Locale.ROOT)))
			.map(UserView::username)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private List<RelationshipInvitation> askedOrNaming(Set<String> accounts, Set<String> identifiers) {
		return this.invitations.findAllByOrderByInvitedAtDesc()
			.stream()
			.filter((invitation) -> accounts.contains(invitation.getRecipient())
					|| names(invitation.getComment(), identifiers))
			.toList();
	}

	private static boolean names(@Nullable String text, Set<String> identifiers) {
		if (text == null) {
			return false;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		return identifiers.stream()
			.filter((identifier) -> !identifier.isBlank())
			.anyMatch((identifier) -> lower.contains(identifier.toLowerCase(Locale.ROOT)));
	}

	private static @Nullable String replace(@Nullable String text, Set<String> identifiers, String pseudonym) {
		if (text == null) {
			return null;
		}
		String result = text;
		for (String identifier : identifiers) {
			if (!identifier.isBlank()) {
				result = Pattern.compile(Pattern.quote(identifier), Pattern.CASE_INSENSITIVE)
					.matcher(result)
					.replaceAll(Matcher.quoteReplacement(pseudonym));
			}
		}
		return result;
	}

}
