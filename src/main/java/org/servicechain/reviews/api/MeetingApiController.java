package org.servicechain.reviews.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

import org.servicechain.reviews.ActionStatus;
import org.servicechain.reviews.ActionView;
import org.servicechain.reviews.Cadence;
import org.servicechain.reviews.MeetingManagement;
import org.servicechain.reviews.MeetingSummary;
import org.servicechain.reviews.MeetingView;
import org.servicechain.reviews.NewAction;
import org.servicechain.reviews.NewSeries;
import org.servicechain.reviews.SeriesView;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;

/**
 * Review meetings and 1:1s over the API (PM-3). {@code GET /api/v1/meetings} is a fixed
 * name: outside tools read it. Staff see every partner review and their own 1:1s
 * (managers all); a partner user only their own party's reviews; a customer nothing.
 */
@RestController
@RequestMapping(path = "/api/v1/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Meetings")
class MeetingApiController {

	private final MeetingManagement meetings;

	MeetingApiController(MeetingManagement meetings) {
		this.meetings = meetings;
	}

	@GetMapping
	@Operation(summary = "The meetings the caller may see, latest first",
			description = "Optionally of one series. Partner users see only their own party's reviews.")
	PageResponse<MeetingSummary> meetings(@RequestParam(required = false) @Nullable UUID series,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.meetings.meetings(series, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One meeting: agenda, minutes, decisions, actions carried forward and raised, comments, "
			+ "and the evidence (scorecard, agreements, objectives) as it stands")
	ResponseEntity<MeetingView> meeting(@PathVariable UUID id) {
		MeetingView view = this.meetings.meeting(id);
		return Versions.ok(view.version(), view);
	}

	/**
	 * A meeting to plan in a series.
	 *
	 * @param heldOn the day; by default one cadence after the last meeting
	 */
	record NewMeeting(@Nullable UUID series, @Nullable LocalDate heldOn) {

	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Plan a meeting of a series, its agenda drafted from the data")
	ResponseEntity<MeetingView> plan(@RequestBody NewMeeting meeting) {
		if (meeting.series() == null) {
			throw new InvalidInputException("series", "required", "say which series the meeting belongs to");
		}
		MeetingView view = this.meetings.plan(meeting.series(), meeting.heldOn());
		return ResponseEntity.status(201).eTag(Versions.etag(view.version())).body(view);
	}

	/**
	 * The record of a meeting.
	 */
	record MeetingRecord(@Nullable String agenda, @Nullable String minutes, @Nullable String decisions,
			@Nullable Boolean held) {

	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record the agenda, minutes and decisions; send the meeting's ETag in If-Match")
	ResponseEntity<MeetingView> record(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody MeetingRecord record) {
		MeetingView view = this.meetings.record(id, Versions.fromIfMatch(ifMatch), record.agenda(), record.minutes(),
				record.decisions(), Boolean.TRUE.equals(record.held()));
		return Versions.ok(view.version(), view);
	}

	@PostMapping(path = "/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record an action agreed in the meeting: description, owner, dueOn, partnerOwned")
	ResponseEntity<ActionView> addAction(@PathVariable UUID id, @RequestBody NewAction action) {
		ActionView view = this.meetings.addAction(id, action);
		return ResponseEntity.status(201).eTag(Versions.etag(view.version())).body(view);
	}

	/**
	 * A new status and note for an action.
	 */
	record ActionUpdate(@Nullable ActionStatus status, @Nullable String note) {

	}

	@PutMapping(path = "/actions/{actionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Update an action's status and note; send its ETag in If-Match",
			description = "Staff update any action; a partner user only those its side owns.")
	ResponseEntity<ActionView> updateAction(@PathVariable UUID actionId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody ActionUpdate update) {
		ActionView view = this.meetings.updateAction(actionId, Versions.fromIfMatch(ifMatch), update.status(),
				update.note());
		return Versions.ok(view.version(), view);
	}

	/**
	 * A comment on the minutes.
	 */
	record NewComment(@Nullable String text) {

	}

	@PostMapping(path = "/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Comment on the minutes (staff and the partner)")
	ResponseEntity<MeetingView.Comment> comment(@PathVariable UUID id, @RequestBody NewComment comment) {
		return ResponseEntity.status(201).body(this.meetings.comment(id, comment.text()));
	}

	@GetMapping("/series")
	@Operation(summary = "The meeting series the caller may see")
	PageResponse<SeriesView> series(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.meetings.series(page, size);
	}

	@PostMapping(path = "/series", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Start a series: a partner review (kind PARTNER_REVIEW, partyId) or 1:1s (kind ONE_TO_ONE, "
			+ "person; managers)")
	ResponseEntity<SeriesView> createSeries(@RequestBody NewSeries series) {
		SeriesView view = this.meetings.createSeries(series);
		return ResponseEntity.status(201).eTag(Versions.etag(view.version())).body(view);
	}

	@GetMapping("/series/{id}")
	@Operation(summary = "One meeting series, with its ETag")
	ResponseEntity<SeriesView> oneSeries(@PathVariable UUID id) {
		SeriesView view = this.meetings.oneSeries(id);
		return Versions.ok(view.version(), view);
	}

	/**
	 * A series' new title and cadence.
	 */
	record SeriesChange(@Nullable String title, @Nullable Cadence cadence) {

	}

	@PutMapping(path = "/series/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a series' title and cadence; send its ETag in If-Match")
	ResponseEntity<SeriesView> changeSeries(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody SeriesChange change) {
		SeriesView view = this.meetings.changeSeries(id, Versions.fromIfMatch(ifMatch), change.title(),
				change.cadence());
		return Versions.ok(view.version(), view);
	}

	@PostMapping("/series/{id}/close")
	@Operation(summary = "Close a series: its history stays, no more meetings are planned; send its ETag in If-Match")
	ResponseEntity<SeriesView> closeSeries(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		SeriesView view = this.meetings.closeSeries(id, Versions.fromIfMatch(ifMatch));
		return Versions.ok(view.version(), view);
	}

}
