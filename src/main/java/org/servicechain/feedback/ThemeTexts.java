package org.servicechain.feedback;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.servicechain.complaints.ComplaintFilter;
import org.servicechain.complaints.ComplaintQueries;
import org.servicechain.complaints.ComplaintSummary;

/**
 * The short texts themes are found in (FB-3): comments, compliments and suggestions,
 * survey answers with a comment, and complaints (their summaries, read through the
 * complaints module's export, so its access policy applies to the caller).
 */
@Component
class ThemeTexts {

	static final String COMMENT = "comment";

	static final String SURVEY = "survey";

	static final String COMPLAINT = "complaint";

	private final FeedbackComments comments;

	private final SurveyInvitations invitations;

	private final ComplaintQueries complaints;

	ThemeTexts(FeedbackComments comments, SurveyInvitations invitations, ComplaintQueries complaints) {
		this.comments = comments;
		this.invitations = invitations;
		this.complaints = complaints;
	}

	List<ThemeFinder.Text> all() {
		List<ThemeFinder.Text> texts = new ArrayList<>();
		for (FeedbackComment comment : this.comments.findAll()) {
			texts.add(new ThemeFinder.Text(comment.getId(), COMMENT, comment.getText(), comment.getRecordedAt(),
					comment.getCustomerId(), comment.getPartyId(), comment.getSentiment()));
		}
		for (SurveyInvitation invitation : this.invitations.findByAnsweredAtIsNotNullOrderByAnsweredAtDesc()) {
			if (invitation.getComment() != null) {
				texts.add(new ThemeFinder.Text(invitation.getId(), SURVEY, invitation.getComment(),
						invitation.getAnsweredAt(), invitation.getCustomerId(), invitation.getTeamId(),
						(invitation.getSentiment() != null) ? invitation.getSentiment() : 0));
			}
		}
		for (ComplaintSummary complaint : this.complaints.export(ComplaintFilter.none())) {
			texts.add(new ThemeFinder.Text(complaint.id(), COMPLAINT, complaint.summary(), complaint.receivedAt(), null,
					null, Sentiment.english().read(complaint.summary()).comparative()));
		}
		return texts;
	}

}
