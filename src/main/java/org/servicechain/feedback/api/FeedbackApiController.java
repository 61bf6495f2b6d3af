package org.servicechain.feedback.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.feedback.ActionDetails;
import org.servicechain.feedback.ActionStatus;
import org.servicechain.feedback.ActionView;
import org.servicechain.feedback.AlertView;
import org.servicechain.feedback.ImprovementManagement;
import org.servicechain.feedback.DecisionView;
import org.servicechain.feedback.FeedbackAnalysis;
import org.servicechain.feedback.FeedbackKind;
import org.servicechain.feedback.FeedbackManagement;
import org.servicechain.feedback.FeedbackView;
import org.servicechain.feedback.NewFeedback;
import org.servicechain.feedback.RelationshipResults;
import org.servicechain.feedback.RelationshipSent;
import org.servicechain.feedback.RelationshipSurveys;
import org.servicechain.feedback.ScoreBoard;
import org.servicechain.feedback.SurveyDetails;
import org.servicechain.feedback.SurveyKind;
import org.servicechain.feedback.SurveyManagement;
import org.servicechain.feedback.SurveyResponseView;
import org.servicechain.feedback.SurveyView;
import org.servicechain.feedback.ThemeAlerting;
import org.servicechain.feedback.ThemeDecisionKind;
import org.servicechain.feedback.ThemeView;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;
import org.servicechain.shared.Versions;

/**
 * Feedback over REST (FB-1 … FB-5). Answering a survey by its link is a page, not an API:
 * it needs no account.
 */
@RestController
@RequestMapping(path = "/api/v1/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
class FeedbackApiController {

	private final SurveyManagement surveys;

	private final FeedbackManagement feedback;

	private final FeedbackAnalysis analysis;

	private final ThemeAlerting alerting;

	private final ImprovementManagement actions;

	private final RelationshipSurveys relationships;

	FeedbackApiController(SurveyManagement surveys, FeedbackManagement feedback, FeedbackAnalysis analysis,
			ThemeAlerting alerting, ImprovementManagement actions, RelationshipSurveys relationships) {
		this.surveys = surveys;
		this.feedback = feedback;
		this.analysis = analysis;
		this.alerting = alerting;
		this.actions = actions;
		this.relationships = relationships;
	}

	// Surveys

	@GetMapping("/surveys")
	@Operation(summary = "The surveys with their rules and how each is doing (staff)")
	PageResponse<SurveyView> surveys(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return Paging.slice(this.surveys.surveys(), page, size);
	}

	@PostMapping(path = "/surveys", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Design a survey and the rule that sends it (managers)")
	ResponseEntity<SurveyView> createSurvey(@RequestBody SurveyDetails details) {
		SurveyView created = this.surveys.create(details);
		return ResponseEntity.created(URI.create("/api/v1/feedback/surveys/" + created.id()))
			.eTag(Versions.etag(created.version()))
			.body(created);
	}

	@GetMapping("/surveys/{id}")
	ResponseEntity<SurveyView> survey(@PathVariable UUID id) {
		SurveyView survey = this.surveys.survey(id);
		return Versions.ok(survey.version(), survey);
	}

	@PutMapping(path = "/surveys/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a survey (managers); If-Match with its ETag")
	ResponseEntity<SurveyView> changeSurvey(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody SurveyDetails details) {
		SurveyView changed = this.surveys.change(id, Versions.fromIfMatch(ifMatch), details);
		return Versions.ok(changed.version(), changed);
	}

	@GetMapping("/answers")
	@Operation(summary = "Surveys sent and their answers, as the caller may see them")
	PageResponse<SurveyResponseView> answers(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.surveys.responses(page, size);
	}

	// Relationship surveys

	/**
	 * Which survey to send to which party of the chain.
	 */
	record RelationshipRequest(@Nullable UUID surveyId, @Nullable UUID partyId) {

	}

	@PostMapping(path = "/relationship-surveys", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ask a party's partner users or team members how they rate us (managers)")
	ResponseEntity<RelationshipSent> sendRelationship(@RequestBody RelationshipRequest body) {
		RelationshipSent sent = this.relationships.send(body.surveyId(), body.partyId());
		return ResponseEntity.created(URI.create("/api/v1/feedback/relationship-surveys?partyId=" + sent.partyId()))
			.body(sent);
	}

	@GetMapping("/relationship-surveys")
	@Operation(summary = "How a party rates us, in aggregate per month (managers and the party's own people)")
	RelationshipResults relationshipResults(@RequestParam UUID partyId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.relationships.results(partyId, page, size);
	}

	// Comments

	@GetMapping("/comments")
	@Operation(summary = "Comments, compliments and suggestions the caller may see")
	PageResponse<FeedbackView> comments(@RequestParam(required = false) @Nullable FeedbackKind kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.feedback.comments(kind, page, size);
	}

	@PostMapping(path = "/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Capture feedback (staff: any customer; customers: their own). Honours Idempotency-Key.")
	ResponseEntity<FeedbackView> capture(@RequestBody NewFeedback details) {
		FeedbackView view = this.feedback.capture(details);
		return ResponseEntity.created(URI.create("/api/v1/feedback/comments/" + view.id())).body(view);
	}

	@GetMapping("/comments/{id}")
	FeedbackView comment(@PathVariable UUID id) {
		return this.feedback.comment(id);
	}

	// Analysis

	@GetMapping("/scores")
	@Operation(summary = "Survey scores by service, team, party and week (staff)")
	ScoreBoard scores(@RequestParam(defaultValue = "CSAT") SurveyKind kind,
			@RequestParam(defaultValue = "12") int weeks) {
		return this.analysis.scores(kind, weeks);
	}

	@GetMapping("/themes")
	@Operation(summary = "Recurring themes across comments, survey answers and complaints, ranked")
	List<ThemeView> themes(@RequestParam(defaultValue = "90") int days) {
		return this.analysis.themes(days);
	}

	/**
	 * A decision on a theme.
	 */
	record Decision(String theme, ThemeDecisionKind decision, String reason, @Nullable UUID alertId) {

	}

	@PostMapping(path = "/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record a decision on a theme: act, monitor or no action, with the reason (managers)")
	ResponseEntity<DecisionView> decide(@RequestBody Decision decision) {
		DecisionView made = this.feedback.decide(decision.theme(), decision.decision(), decision.reason(),
				decision.alertId());
		return ResponseEntity.status(201).body(made);
	}

	// Alerts

	@GetMapping("/alerts")
	PageResponse<AlertView> alerts(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return Paging.slice(this.feedback.alerts(), page, size);
	}

	@GetMapping("/alerts/{id}")
	AlertView alert(@PathVariable UUID id) {
		return this.feedback.alert(id);
	}

	@PostMapping("/alerts/check")
	@Operation(summary = "Check the themes now and raise the alerts due")
	List<AlertView> check() {
		return this.alerting.check();
	}

	@PostMapping("/alerts/{id}/acknowledge")
	AlertView acknowledge(@PathVariable UUID id) {
		return this.feedback.acknowledge(id);
	}

	// Improvement actions

	@GetMapping("/actions")
	@Operation(summary = "Improvement actions with their metric before and after (staff)")
	PageResponse<ActionView> actions(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return Paging.slice(this.actions.actions(), page, size);
	}

	@PostMapping(path = "/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Start an improvement action; its baseline is measured now (managers)")
	ResponseEntity<ActionView> startAction(@RequestBody ActionDetails details) {
		ActionView started = this.actions.start(details);
		return ResponseEntity.created(URI.create("/api/v1/feedback/actions/" + started.id()))
			.eTag(Versions.etag(started.version()))
			.body(started);
	}

	@GetMapping("/actions/{id}")
	ResponseEntity<ActionView> action(@PathVariable UUID id) {
		ActionView action = this.actions.action(id);
		return Versions.ok(action.version(), action);
	}

	/**
	 * A new status for an action.
	 */
	record StatusChange(ActionStatus status) {

	}

	@PostMapping(path = "/actions/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change an action's status (its owner or a manager); If-Match with its ETag")
	ResponseEntity<ActionView> actionStatus(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody StatusChange change) {
		ActionView changed = this.actions.changeStatus(id, Versions.fromIfMatch(ifMatch), change.status());
		return Versions.ok(changed.version(), changed);
	}

}
