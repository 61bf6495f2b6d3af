package org.servicechain.businesscalendars.api;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.businesscalendars.CalendarDetails;
import org.servicechain.businesscalendars.CalendarView;
import org.servicechain.businesscalendars.DueQuery;
import org.servicechain.businesscalendars.DueView;
import org.servicechain.businesscalendars.HolidayImport;
import org.servicechain.businesscalendars.NextWorkingInstantView;
import org.servicechain.businesscalendars.PauseInput;
import org.servicechain.businesscalendars.TimeInput;
import org.servicechain.businesscalendars.WorkingTimeView;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.Versions;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * Business calendars and the questions asked of them (AGREE-5): when is something due
 * that was raised at a given time, and how much working time lies between two times.
 */
@RestController
@RequestMapping(path = "/api/v1/calendars", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Business calendars",
		description = "Working hours, holidays and special working days in a time zone, and business-hours arithmetic")
class BusinessCalendarApiController {

	static final String TEXT_CALENDAR = "text/calendar";

	private static final String TIME = "An ISO-8601 instant (2026-11-27T15:00:00Z, 2026-11-27T16:00+01:00; encode '+' as"
			+ " %2B) or a local date-time without offset (2026-11-27T15:00), which is read in the calendar's zone.";

	private static final String PAUSES = "Stretches of time that do not count (e.g. waiting on the customer), each an"
			+ " ISO-8601 interval start/end of two times as above (2026-11-27T15:00:00Z/2026-11-30T10:00:00Z); repeat"
			+ " the parameter or separate them with commas. The start is paused, the end is not. 422 names pauses[i]"
			+ " with rule 'reversed' (not ending after it starts) or 'overlap' (overlapping another; touching is"
			+ " fine), and 'format' if unreadable.";

	private final BusinessCalendarManagement calendars;

	BusinessCalendarApiController(BusinessCalendarManagement calendars) {
		this.calendars = calendars;
	}

	@GetMapping
	@Operation(summary = "List business calendars, by name")
	PageResponse<CalendarView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return Paging.slice(this.calendars.list(), page, size);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a business calendar",
			description = "Hours use the text form 09:00-12:30, 13:00-24:00 (until midnight) or 22:00-06:00+1 (a night"
					+ " shift into the next day). Honours Idempotency-Key.")
	ResponseEntity<CalendarView> create(@Valid @RequestBody CalendarDetails details) {
		CalendarView calendar = this.calendars.create(details);
		return ResponseEntity.created(URI.create("/api/v1/calendars/" + calendar.id()))
			.eTag(Versions.etag(calendar.version()))
			.body(calendar);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a business calendar", description = "Answers the version as ETag.")
	ResponseEntity<CalendarView> get(@PathVariable UUID id) {
		CalendarView calendar = this.calendars.get(id);
		return Versions.ok(calendar.version(), calendar);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a business calendar",
			description = "Send the ETag of the version you edited in If-Match.")
	ResponseEntity<CalendarView> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody CalendarDetails details) {
		CalendarView calendar = this.calendars.update(id, Versions.fromIfMatch(ifMatch), details);
		return Versions.ok(calendar.version(), calendar);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a business calendar", description = "Send the ETag in If-Match.")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		this.calendars.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/{id}/holidays/import", consumes = TEXT_CALENDAR)
	@Operation(summary = "Import holidays from an iCalendar file",
			description = "The body is an .ics file (text/calendar, at most 1 MB) of all-day events, such as a"
					+ " government's bank holiday feed. Each event becomes a whole-day holiday; a date that already is"
					+ " one takes the file's name. An event every year on its date without end (RRULE:FREQ=YEARLY)"
					+ " becomes a recurring holiday; other recurring and timed events are refused. Send the ETag in"
					+ " If-Match.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The .ics file", content = @Content(mediaType = TEXT_CALENDAR,
							schema = @Schema(type = "string", example = "BEGIN:VCALENDAR ..."))))
	ResponseEntity<HolidayImport> importHolidays(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, InputStream ics) {
		// The raw body: there is no message converter for text/calendar, and none is
		// needed, since the calendar module reads the stream itself.
		HolidayImport result = this.calendars.importHolidays(id, Versions.fromIfMatch(ifMatch), ics);
		return Versions.ok(result.calendar().version(), result);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "The audit trail of a business calendar")
	List<AuditEntryView> history(@PathVariable UUID id) {
		return this.calendars.history(id);
	}

	@GetMapping("/{id}/due")
	@Operation(summary = "When is it due?",
			description = "Adds working time (duration) or working days (days) to a start in this calendar; exactly one"
					+ " of duration and days. Counting from outside working hours starts at the next opening; a"
					+ " deadline that uses up a day's last working minute is that day's closing time. A negative"
					+ " duration goes back: the latest start from which that much working time passes until 'start'."
					+ " Working days keep the time of day.")
	DueView due(@PathVariable UUID id,
			@Parameter(description = TIME + " Defaults to now.",
					example = "2026-11-27T15:00") @RequestParam(required = false) @Nullable String start,
			@Parameter(
					description = "Working time, ISO-8601 hours/minutes/seconds (PT4H30M); negative (-PT2H) to go"
							+ " back. Days (P1D) are refused: use 'days' for working days.",
					example = "PT4H") @RequestParam(required = false) @Nullable String duration,
			@Parameter(description = "Working days, keeping the time of day; negative to go back.",
					example = "3") @RequestParam(required = false) @Nullable Integer days,
			@Parameter(description = PAUSES) @RequestParam(required = false) @Nullable List<String> pauses) {
		DueQuery query;
		List<PauseInput> paused;
		List<InvalidInputException.FieldViolation> violations = new java.util.ArrayList<>();
		try {
			query = DueQuery.parse(start, duration, days);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.getViolations());
			query = null;
		}
		paused = pauses(pauses, violations);
		if (!violations.isEmpty() || query == null) {
			throw new InvalidInputException(violations);
		}
		return this.calendars.due(id, query, paused);
	}

	@GetMapping("/{id}/next-working-instant")
	@Operation(summary = "When is the calendar next at work?",
			description = "Answers 'from' itself if it is working time (an opening is, a closing is not), otherwise"
					+ " the next opening, after holidays, recurring holidays and closures. 422 (calendar,"
					+ " no-working-time) if there is none within ten years.")
	NextWorkingInstantView nextWorkingInstant(@PathVariable UUID id,
			@Parameter(description = TIME + " Defaults to now.",
					example = "2026-11-27T18:00") @RequestParam(required = false) @Nullable String from) {
		TimeInput start = null;
		if (from != null && !from.isBlank()) {
			start = TimeInput.parse("from", from);
		}
		return this.calendars.nextWorkingInstant(id, start);
	}

	@GetMapping("/{id}/working-time")
	@Operation(summary = "How much working time lies between two times?",
			description = "Counts 'from' (included) to 'to' (excluded); negative if 'to' is before 'from'.")
	WorkingTimeView workingTime(@PathVariable UUID id,
			@Parameter(description = TIME,
					example = "2026-11-27T09:00") @RequestParam(required = false) @Nullable String from,
			@Parameter(description = TIME,
					example = "2026-12-01T09:00") @RequestParam(required = false) @Nullable String to,
			@Parameter(description = PAUSES) @RequestParam(required = false) @Nullable List<String> pauses) {
		List<InvalidInputException.FieldViolation> violations = new java.util.ArrayList<>();
		TimeInput start = time("from", from, violations);
		TimeInput end = time("to", to, violations);
		List<PauseInput> paused = pauses(pauses, violations);
		if (!violations.isEmpty() || start == null || end == null) {
			throw new InvalidInputException(violations);
		}
		return this.calendars.workingTime(id, start, end, paused);
	}

	private static List<PauseInput> pauses(@Nullable List<String> texts,
			List<InvalidInputException.FieldViolation> violations) {
		try {
			return PauseInput.parseAll(texts);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.getViolations());
			return List.of();
		}
	}

	private static @Nullable TimeInput time(String name, @Nullable String text,
			List<InvalidInputException.FieldViolation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(new InvalidInputException.FieldViolation(name, "required",
					"must be given: an instant like 2026-11-27T15:00:00Z or a local date-time like 2026-11-27T15:00"));
			return null;
		}
		try {
			return TimeInput.parse(name, text);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.getViolations());
			return null;
		}
	}

}
