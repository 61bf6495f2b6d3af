package org.servicechain.reporting.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.reporting.DrillRow;
import org.servicechain.reporting.PinView;
import org.servicechain.reporting.Report;
import org.servicechain.reporting.ReportDocuments;
import org.servicechain.reporting.ReportFilter;
import org.servicechain.reporting.ReportFrequency;
import org.servicechain.reporting.ReportKind;
import org.servicechain.reporting.ReportPreferences;
import org.servicechain.reporting.Reports;
import org.servicechain.reporting.ScheduleView;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;

/**
 * Reports over the API (REP-1, REP-2): each report as JSON with how it counts, as CSV and
 * as PDF; the records behind a bar, paged; the caller's pins and schedules. Staff see
 * every party; a team member or partner user only their own party (naming another answers
 * 404); customers are refused (403).
 */
@RestController
@RequestMapping(path = "/api/v1/reports")
@Tag(name = "Reports")
class ReportApiController {

	private static final String FILTERS = "Filters: service, team, partner (party ids), customers (internal or "
			+ "external), from and to (ISO dates, both included; the default is the 30 days up to today, "
			+ "Europe/London).";

	private final Reports reports;

	private final ReportPreferences preferences;

	private final ReportDocuments documents;

	ReportApiController(Reports reports, ReportPreferences preferences, ReportDocuments documents) {
		this.reports = reports;
		this.preferences = preferences;
		this.documents = documents;
	}

	/**
	 * A report kind as the API lists it.
	 */
	record KindView(String key, String title, String unit) {

	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The reports there are, and those of the caller's dashboard first")
	List<KindView> kinds() {
		List<ReportKind> mine = this.reports.myDashboard();
		return java.util.stream.Stream
			.concat(mine.stream(), java.util.Arrays.stream(ReportKind.values()).filter((kind) -> !mine.contains(kind)))
			.map((kind) -> new KindView(kind.key(), kind.title(), kind.unit()))
			.toList();
	}

	@GetMapping(path = "/{key}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One report: its bars, what was selected and how it was counted", description = FILTERS)
	Report report(@PathVariable String key, @RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String customers,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return this.reports.report(kind(key), this.reports.filter(service, team, partner, customers, from, to));
	}

	@GetMapping(path = "/{key}/bars/{bar}/records", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The records (requests or complaints) behind one bar, paged", description = FILTERS)
	PageResponse<DrillRow> behind(@PathVariable String key, @PathVariable String bar,
			@RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String customers,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.reports.behind(kind(key), this.reports.filter(service, team, partner, customers, from, to), bar,
				page, size);
	}

	@GetMapping(path = "/{key}/csv")
	@Operation(summary = "One report as CSV, safe against formula injection, with how it counts", description = FILTERS)
	ResponseEntity<String> csv(@PathVariable String key, @RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String customers,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		Report report = this.reports.report(kind(key),
				this.reports.filter(service, team, partner, customers, from, to));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + key + ".csv\"")
			.body(this.documents.csv(report));
	}

	@GetMapping(path = "/{key}/pdf")
	@Operation(summary = "One report as PDF, with how it counts", description = FILTERS)
	ResponseEntity<byte[]> pdf(@PathVariable String key, @RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String customers,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		Report report = this.reports.report(kind(key),
				this.reports.filter(service, team, partner, customers, from, to));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + key + ".pdf\"")
			.body(this.documents.pdf(report));
	}

	/**
	 * A chart to pin or schedule, with its filters (the period is counted afresh each
	 * time).
	 */
	record NewPreference(@Nullable String report, @Nullable String service, @Nullable String team,
			@Nullable String partner, @Nullable String customers, @Nullable ReportFrequency frequency) {

	}

	@GetMapping(path = "/pins", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The caller's pinned charts")
	List<PinView> pins() {
		return this.preferences.myPins();
	}

	@PostMapping(path = "/pins", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Pin a chart to the caller's dashboard")
	ResponseEntity<PinView> pin(@RequestBody NewPreference pin) {
		ReportFilter filter = this.reports.filter(pin.service(), pin.team(), pin.partner(), pin.customers(), null,
				null);
		return ResponseEntity.status(201).body(this.preferences.pin(kind(pin.report()), filter));
	}

	@DeleteMapping("/pins/{id}")
	@Operation(summary = "Unpin a chart")
	ResponseEntity<Void> unpin(@PathVariable UUID id) {
		this.preferences.unpin(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/schedules", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The caller's scheduled reports")
	List<ScheduleView> schedules() {
		return this.preferences.mySchedules();
	}

	@PostMapping(path = "/schedules", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Have a report mailed to the caller weekly or monthly, through the outbox")
	ResponseEntity<ScheduleView> schedule(@RequestBody NewPreference schedule) {
		ReportFilter filter = this.reports.filter(schedule.service(), schedule.team(), schedule.partner(),
				schedule.customers(), null, null);
		return ResponseEntity.status(201)
			.body(this.preferences.schedule(kind(schedule.report()), filter, schedule.frequency()));
	}

	@DeleteMapping("/schedules/{id}")
	@Operation(summary = "Cancel a scheduled report")
	ResponseEntity<Void> cancel(@PathVariable UUID id) {
		this.preferences.cancelSchedule(id);
		return ResponseEntity.noContent().build();
	}

	private static ReportKind kind(@Nullable String key) {
		if (key == null || key.isBlank()) {
			throw new org.servicechain.shared.InvalidInputException("report", "required", "say which report");
		}
		return ReportKind.byKey(key).orElseThrow(() -> new NotFoundException("Report", key));
	}

}
