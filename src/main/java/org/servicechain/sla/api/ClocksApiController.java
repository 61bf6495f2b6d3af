package org.servicechain.sla.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.sla.SlaManagement;
import org.servicechain.sla.SlaManagement.SimulatedEvent;
import org.servicechain.sla.SlaManagement.Simulation;
import org.servicechain.sla.SlaViews.ClockView;
import org.servicechain.sla.SlaViews.ComplianceView;
import org.servicechain.sla.SlaViews.RequestSlaView;
import org.servicechain.sla.SlaViews.SimulatedClock;
import org.servicechain.sla.SlaViews.WhatIfView;

/**
 * Clocks that can be trusted and explained (REQ-3), and agreements measured (AGREE-6).
 * The paths {@code /api/v1/clocks/simulate} and {@code /api/v1/requests/{id}/clocks} are
 * fixed: outside tools use them.
 */
@RestController
@Tag(name = "SLA clocks")
class ClocksApiController {

	private final SlaManagement sla;

	ClocksApiController(SlaManagement sla) {
		this.sla = sla;
	}

	@GetMapping(path = "/api/v1/requests/{id}/clocks", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every clock of a request, derived now",
			description = "The customer's first response, resolution and keep-informed clocks and a response and "
					+ "resolution clock per chain task, each with its dueAt, state and elapsed business time, "
					+ "and the explanation of its due time. Staff only.")
	List<ClockView> clocks(@PathVariable UUID id) {
		return this.sla.clocks(id);
	}

	@GetMapping(path = "/api/v1/requests/{id}/sla", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A request's clocks, holding ledger, breach attribution and upstream risks")
	RequestSlaView requestSla(@PathVariable UUID id) {
		return this.sla.requestSla(id);
	}

	/**
	 * The body of a simulation.
	 */
	record SimulationBody(@NotNull UUID calendarId, @NotNull java.time.Duration firstResponse,
			@NotNull java.time.Duration resolution, @Nullable Boolean pauseWhileWaitingOnCustomer,
			@Nullable Boolean restartOnReopen, @Nullable Integer warningPercent,
			java.time.@Nullable Duration keepInformedEvery, @NotNull List<SimulatedEvent> events,
			java.time.@Nullable Instant now) {

	}

	@PostMapping(path = "/api/v1/clocks/simulate", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Run clocks over a history you give",
			description = "Takes a calendar id, targets (firstResponse, resolution as ISO durations), whether "
					+ "waiting on the customer pauses, timestamped events (opened, public-reply, "
					+ "waiting-on-customer, waiting-on-partner, open, resolved, reopened, closed) and now; answers "
					+ "each clock with its dueAt, state and elapsed business time. For testing an agreement before "
					+ "it goes live and for importing history from another service desk.")
	List<SimulatedClock> simulate(@Valid @RequestBody SimulationBody body) {
		return this.sla.simulate(new Simulation(body.calendarId(), body.firstResponse(), body.resolution(),
				body.pauseWhileWaitingOnCustomer(), body.restartOnReopen(), body.warningPercent(),
				body.keepInformedEvery(), body.events(), body.now()));
	}

	@GetMapping(path = "/api/v1/agreements/{id}/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "An agreement measured against its own targets over a period",
			description = "Per clock and priority: met, breached, in flight and % met; the weekly trend; "
					+ "first-contact resolution; and how it counts. Defaults to the last 90 days.")
	ComplianceView compliance(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		LocalDate end = (to != null) ? to : LocalDate.now();
		return this.sla.compliance(id, (from != null) ? from : end.minusDays(90), end);
	}

	/**
	 * Why a re-base is made, kept in the audit trail and each request's history.
	 */
	record RebaseBody(
			@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 500) String reason) {

	}

	@PostMapping(path = "/api/v1/agreements/{id}/clocks/rebase", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Re-base the open clocks under an agreement on its version now agreed",
			description = "One audited action by a manager or administrator; answers what moved: each open "
					+ "request's resolution due time before and after. The elapsed business time is kept.")
	SlaManagement.Rebased rebase(@PathVariable UUID id, @Valid @RequestBody RebaseBody body) {
		return this.sla.rebase(id, body.reason());
	}

	@PostMapping(path = "/api/v1/clocks/sweep", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Run one sweep of the clocks now (administrators)",
			description = "The scheduler sweeps every few seconds on its own; this answers how many warnings, "
					+ "breaches, escalation steps and risks it acted on.")
	Map<String, Integer> sweep() {
		return Map.of("acted", this.sla.sweep());
	}

	@PostMapping(path = "/api/v1/clocks/reindex", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Rebuild the clock index of every open request from its history (administrators)")
	Map<String, Integer> reindex() {
		return Map.of("requests", this.sla.rebuildIndex());
	}

	@GetMapping(path = "/api/v1/agreements/{id}/what-if", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "What a version of the terms would have achieved on the last days' real requests")
	WhatIfView whatIf(@PathVariable UUID id, @RequestParam int terms, @RequestParam(defaultValue = "90") int days) {
		return this.sla.whatIf(id, terms, days);
	}

}
