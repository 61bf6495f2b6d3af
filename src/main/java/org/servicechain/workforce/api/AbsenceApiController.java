package org.servicechain.workforce.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;
import org.servicechain.shared.Versions;
import org.servicechain.workforce.AbsenceCover;
import org.servicechain.workforce.AbsenceView;
import org.servicechain.workforce.CoverMode;
import org.servicechain.workforce.CoverPlan;
import org.servicechain.workforce.CoverResult;
import org.servicechain.workforce.NewAbsence;
import org.servicechain.workforce.PatternView;
import org.servicechain.workforce.TeamCalendarView;
import org.servicechain.workforce.WorkforceManagement;

/**
 * Absences, working patterns and moving an absent person's work (WF-1, WF-3). Staff only;
 * the workforce access policy decides the rest (a colleague's absence answers 404, an
 * approval by someone without authority 400 with field {@code approver} and rule
 * {@code authority}).
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Workforce")
class AbsenceApiController {

	private final WorkforceManagement workforce;

	private final AbsenceCover cover;

	AbsenceApiController(WorkforceManagement workforce, AbsenceCover cover) {
		this.workforce = workforce;
		this.cover = cover;
	}

	@PostMapping(path = "/api/v1/absences", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ask for an absence (one's own; managers for anyone)")
	ResponseEntity<AbsenceView> request(@RequestBody NewAbsence command) {
		AbsenceView created = this.workforce.requestAbsence(command);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(HttpHeaders.ETAG, Versions.etag(created.version()))
			.body(created);
	}

	@GetMapping("/api/v1/absences/mine")
	PageResponse<AbsenceView> mine(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return Paging.slice(this.workforce.myAbsences(), page, size);
	}

	@GetMapping("/api/v1/absences/awaiting-decision")
	PageResponse<AbsenceView> awaiting(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return Paging.slice(this.workforce.awaitingDecision(), page, size);
	}

	@GetMapping("/api/v1/absences/{id}")
	ResponseEntity<AbsenceView> absence(@PathVariable UUID id) {
		AbsenceView absence = this.workforce.absence(id);
		return Versions.ok(absence.version(), absence);
	}

	record Decision(@Nullable String note) {

	}

	@PostMapping(path = "/api/v1/absences/{id}/approval")
	@Operation(summary = "Approve (managers, never their own)", description = "If-Match: the absence's ETag.")
	ResponseEntity<AbsenceView> approve(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable Decision decision) {
		AbsenceView absence = this.workforce.approve(id, Versions.fromIfMatch(ifMatch),
				(decision != null) ? decision.note() : null);
		return Versions.ok(absence.version(), absence);
	}

	@PostMapping(path = "/api/v1/absences/{id}/refusal")
	@Operation(summary = "Refuse with a reason (managers, never their own)")
	ResponseEntity<AbsenceView> refuse(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable Decision decision) {
		AbsenceView absence = this.workforce.refuse(id, Versions.fromIfMatch(ifMatch),
				(decision != null) ? decision.note() : null);
		return Versions.ok(absence.version(), absence);
	}

	@PostMapping(path = "/api/v1/absences/{id}/cancellation")
	ResponseEntity<AbsenceView> cancel(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		AbsenceView absence = this.workforce.cancel(id, Versions.fromIfMatch(ifMatch));
		return Versions.ok(absence.version(), absence);
	}

	@GetMapping("/api/v1/absences/{id}/cover")
	@Operation(summary = "The absent person's open work and where the policy would move it (managers)")
	CoverPlan plan(@PathVariable UUID id) {
		return this.cover.plan(id);
	}

	record Move(@Nullable CoverMode mode, @Nullable String person) {

	}

	@PostMapping(path = "/api/v1/absences/{id}/cover", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Move all of the absent person's open work at once (managers)")
	CoverResult move(@PathVariable UUID id, @RequestBody Move move) {
		return this.cover.move(id, move.mode(), move.person());
	}

	@GetMapping("/api/v1/workforce/calendar")
	TeamCalendarView calendar(@RequestParam LocalDate from, @RequestParam(defaultValue = "28") int days) {
		return this.workforce.teamCalendar(from, days);
	}

	@GetMapping("/api/v1/workforce/patterns")
	PageResponse<PatternView> patterns(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return Paging.slice(this.workforce.patterns(), page, size);
	}

	record PatternChange(@Nullable UUID calendar, int shrinkagePercent) {

	}

	@PutMapping(path = "/api/v1/workforce/patterns/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set a person's working pattern (managers)",
			description = "If-Match: \"0\" for a person without one yet.")
	PatternView setPattern(@PathVariable String username,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody PatternChange change) {
		return this.workforce.setPattern(username, change.calendar(), change.shrinkagePercent(),
				(ifMatch != null) ? Versions.fromIfMatch(ifMatch) : 0);
	}

}
