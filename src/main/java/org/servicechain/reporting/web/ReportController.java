package org.servicechain.reporting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import org.servicechain.reporting.Report;
import org.servicechain.reporting.ReportDocuments;
import org.servicechain.reporting.ReportFilter;
import org.servicechain.reporting.ReportFrequency;
import org.servicechain.reporting.ReportKind;
import org.servicechain.reporting.ReportPreferences;
import org.servicechain.reporting.Reports;
import org.servicechain.reporting.ReportingAccessPolicy;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;

/**
 * The reports pages (REP-1, REP-2): the caller's dashboard of charts for their role with
 * the filter, one report, the records behind a bar, CSV and PDF, pins and schedules, and
 * the home dashboard's panel of pinned charts. Staff use {@code /reports}; partner users
 * the same pages under {@code /portal/reports}, where the policy keeps them to their own
 * party.
 */
@Controller
class ReportController {

	private final Reports reports;

	private final ReportPreferences preferences;

	private final ReportDocuments documents;

	private final ReportingAccessPolicy policy;

	ReportController(Reports reports, ReportPreferences preferences, ReportDocuments documents,
			ReportingAccessPolicy policy) {
		this.reports = reports;
		this.preferences = preferences;
		this.documents = documents;
		this.policy = policy;
	}

	/**
	 * One chart on a page: the report, its Chart.js configuration and where its links go.
	 */
	record Chart(Report report, String config, String keys, String link, String query) {

	}

	@GetMapping({ "/reports", "/portal/reports" })
	String dashboard(@RequestParam(required = false) @Nullable String report,
			@RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String customers,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			HttpServletRequest request, Model model) {
		String base = base(request);
		List<ReportKind> kinds = (report != null && !report.isBlank()) ? List.of(kind(report))
				: this.reports.myDashboard();
		ReportFilter filter;
		try {
			filter = this.reports.filter(service, team, partner, customers, from, to);
			model.addAttribute("charts", charts(kinds, filter, base));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			filter = this.reports.filter(null, null, null, null, null, null);
			model.addAttribute("charts", charts(kinds, filter, base));
		}
		model.addAttribute("filter", filter);
		model.addAttribute("chosen", (report != null) ? report : "");
		model.addAttribute("kinds", this.reports.myKinds());
		model.addAttribute("frequencies", ReportFrequency.values());
		model.addAttribute("options", this.reports.options());
		model.addAttribute("base", base);
		model.addAttribute("pins", this.preferences.myPins());
		model.addAttribute("schedules", this.preferences.mySchedules());
		return "reporting/reports";
	}

	@GetMapping({ "/reports/{key}/behind", "/portal/reports/{key}/behind" })
	String behind(@PathVariable String key, @RequestParam String bar,
			@RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String customers,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		ReportKind kind = kind(key);
		ReportFilter filter = this.reports.filter(service, team, partner, customers, from, to);
		Report report = this.reports.report(kind, filter);
		Report.Bar shown = report.bars()
			.stream()
			.filter((candidate) -> candidate.key().equals(bar))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Bar", bar));
		model.addAttribute("report", report);
		model.addAttribute("bar", shown);
		model.addAttribute("rows", this.reports.behind(kind, filter, bar, page, 50));
		model.addAttribute("base", base(request));
		model.addAttribute("query", query(report.filter()));
		model.addAttribute("canOpen", this.policy.canOpenRecords());
		return "reporting/behind";
	}

	@GetMapping({ "/reports/{key}.csv", "/portal/reports/{key}.csv" })
	void csv(@PathVariable String key, @RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String customers,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			HttpServletResponse response) throws IOException {
		Report report = this.reports.report(kind(key),
				this.reports.filter(service, team, partner, customers, from, to));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + key + "-" + report.filter().from() + "-" + report.filter().to() + ".csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.documents.csv(report, response.getWriter());
	}

	@GetMapping({ "/reports/{key}.pdf", "/portal/reports/{key}.pdf" })
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
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + key + "-" + report.filter().from() + "-" + report.filter().to()
							+ ".pdf\"")
			.body(this.documents.pdf(report));
	}

	/**
	 * The home dashboard's panel: the caller's pinned charts, counted now.
	 */
	@GetMapping("/reports/pinned")
	String pinned(HttpServletRequest request, Model model) {
		model.addAttribute("pinned", this.preferences.pinnedReports());
		model.addAttribute("base", "/reports");
		return "reporting/pinned :: panel";
	}

	@PostMapping({ "/reports/pins", "/portal/reports/pins" })
	String pin(@RequestParam String report, @RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String customers, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			this.preferences.pin(kind(report), this.reports.filter(service, team, partner, customers, null, null));
			redirect.addFlashAttribute("message", "Pinned: the chart shows on your dashboard.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not pinned: " + ex.getMessage());
		}
		return "redirect:" + base(request);
	}

	@PostMapping({ "/reports/pins/{id}/delete", "/portal/reports/pins/{id}/delete" })
	String unpin(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
		this.preferences.unpin(id);
		redirect.addFlashAttribute("message", "Unpinned.");
		return "redirect:" + base(request);
	}

	@PostMapping({ "/reports/schedules", "/portal/reports/schedules" })
	String schedule(@RequestParam String report, @RequestParam(required = false) @Nullable String frequency,
			@RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String customers, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			ReportFrequency chosen = null;
			if (frequency != null && !frequency.isBlank()) {
				try {
					chosen = ReportFrequency.valueOf(frequency);
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidInputException("frequency", "one-of", "weekly or monthly");
				}
			}
			this.preferences.schedule(kind(report), this.reports.filter(service, team, partner, customers, null, null),
					chosen);
			redirect.addFlashAttribute("message", "Scheduled: the report will be mailed to you.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not scheduled: " + ex.getMessage());
		}
		return "redirect:" + base(request);
	}

	@PostMapping({ "/reports/schedules/{id}/delete", "/portal/reports/schedules/{id}/delete" })
	String cancel(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
		this.preferences.cancelSchedule(id);
		redirect.addFlashAttribute("message", "The scheduled report was cancelled.");
		return "redirect:" + base(request);
	}

	private List<Chart> charts(List<ReportKind> kinds, ReportFilter filter, String base) {
		List<Chart> charts = new ArrayList<>();
		for (ReportKind kind : kinds) {
			Report report = this.reports.report(kind, filter);
			charts.add(new Chart(report, ReportCharts.config(report), ReportCharts.keys(report),
					base + "/" + kind.key(), query(report.filter())));
		}
		return charts;
	}

	static String query(ReportFilter filter) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		filter.parameters().forEach(builder::queryParam);
		return builder.build().encode().getQuery();
	}

	private static ReportKind kind(String key) {
		return ReportKind.byKey(key).orElseThrow(() -> new NotFoundException("Report", key));
	}

	private static String base(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/portal/") ? "/portal/reports"
				: "/reports";
	}

}
