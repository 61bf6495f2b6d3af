package org.servicechain.reviews.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.feedback.RelationshipComment;
import org.servicechain.reviews.DisputeView;
import org.servicechain.reviews.Scorecard;
import org.servicechain.reviews.ScorecardMeasure;
import org.servicechain.reviews.ScorecardSummary;
import org.servicechain.reviews.Scorecards;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;

/**
 * Scorecards over the API (PM-2). {@code GET /api/v1/scorecards/{party}} with
 * {@code from} and {@code to} is a fixed name: outside tools read it.
 */
@RestController
@RequestMapping(path = "/api/v1/scorecards", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Scorecards")
class ScorecardApiController {

	private final Scorecards scorecards;

	ScorecardApiController(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@GetMapping
	@Operation(summary = "Every partner's and team's scorecard for a period, worst first (staff)",
			description = "from and to are ISO dates, both included; the default is the 90 days up to today. "
					+ "q keeps the parties whose name contains it, ignoring case.")
	PageResponse<ScorecardSummary> overview(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Scorecards.Period period = this.scorecards.period(from, to);
		return this.scorecards.overview(period.from(), period.to(), q, page, size);
	}

	@GetMapping("/{party}")
	@Operation(summary = "One party's scorecard for a period, with evidence, trend, disputes and how it rates us",
			description = "Staff read any partner's or team's card; a partner user only their own party's "
					+ "(any other answers 404). ratesUs is how the party rated us in relationship surveys "
					+ "answered in the period (answers averaged on the scale of the one answered last, their "
					+ "average, the answers with a comment, the people asked in the period, when last asked): "
					+ "the figures the scorecard page shows. It is null when the party was never asked, and "
					+ "for readers who may not see it (only administrators, managers, agents and the party's "
					+ "own people may).")
	Scorecard scorecard(@PathVariable UUID party,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		Scorecards.Period period = this.scorecards.period(from, to);
		return this.scorecards.scorecard(party, period.from(), period.to());
	}

	@GetMapping("/{party}/rates-us/comments")
	@Operation(summary = "The comments a party's people left with their relationship-survey answers, newest first",
			description = "Those answered in the period (from and to as for the card). Each has its date, party, "
					+ "score and the question it answered, never who wrote it. Administrators, managers, agents "
					+ "and the party's own people; other readers of the card get 403.")
	PageResponse<RelationshipComment> ratesUsComments(@PathVariable UUID party,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Scorecards.Period period = this.scorecards.period(from, to);
		return this.scorecards.ratesUsComments(party, period.from(), period.to(), page, size);
	}

	/**
	 * A dispute of one figure.
	 */
	record NewDispute(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable ScorecardMeasure measure,
			@Nullable String comment) {

	}

	@PostMapping(path = "/{party}/disputes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Dispute a figure of a party's scorecard (the party's users and staff)")
	ResponseEntity<DisputeView> dispute(@PathVariable UUID party, @RequestBody NewDispute dispute) {
		Scorecards.Period period = this.scorecards.period(dispute.from(), dispute.to());
		DisputeView view = this.scorecards.dispute(party, period.from(), period.to(), dispute.measure(),
				dispute.comment());
		return ResponseEntity.status(201).eTag(Versions.etag(view.version())).body(view);
	}

	/**
	 * An answer to a dispute.
	 */
	record Answer(@Nullable String answer) {

	}

	@PostMapping(path = "/disputes/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Answer a dispute (managers); send the dispute's ETag in If-Match")
	ResponseEntity<DisputeView> answer(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody Answer answer) {
		DisputeView view = this.scorecards.answer(id, Versions.fromIfMatch(ifMatch), answer.answer());
		return Versions.ok(view.version(), view);
	}

}
