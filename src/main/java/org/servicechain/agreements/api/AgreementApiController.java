package org.servicechain.agreements.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
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

import org.servicechain.agreements.AgreementHeader;
import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementStatus;
import org.servicechain.agreements.AgreementTerms;
import org.servicechain.agreements.AgreementView;
import org.servicechain.agreements.Side;
import org.servicechain.agreements.TermsDiff;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.Versions;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * Agreements and their negotiation (AGREE-1 … AGREE-3, AGREE-6). Transitions are POSTs to
 * the agreement's sub-resources and, like updates, name the version they act on in
 * {@code If-Match}; accepting names the version of the terms being accepted.
 */
@RestController
@RequestMapping(path = "/api/v1/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Agreements")
class AgreementApiController {

	private final AgreementManagement agreements;

	AgreementApiController(AgreementManagement agreements) {
		this.agreements = agreements;
	}

	@GetMapping
	PageResponse<AgreementView> list(@RequestParam(required = false) @Nullable AgreementStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return Paging.slice(this.agreements.agreements(status), page, size);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Draft an agreement", description = "Honours Idempotency-Key.")
	ResponseEntity<AgreementView> create(@Valid @RequestBody Draft draft) {
		AgreementView agreement = this.agreements.create(draft.header(), draft.terms());
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + agreement.id()))
			.eTag(Versions.etag(agreement.version()))
			.body(agreement);
	}

	@GetMapping("/{id}")
	ResponseEntity<AgreementView> get(@PathVariable UUID id) {
		AgreementView agreement = this.agreements.agreement(id);
		return Versions.ok(agreement.version(), agreement);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change the header and, while a draft, the draft terms")
	ResponseEntity<AgreementView> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody Draft draft) {
		return ok(this.agreements.update(id, Versions.fromIfMatch(ifMatch), draft.header(), draft.terms()));
	}

	@PostMapping(path = "/{id}/propose", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AgreementView> propose(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody Proposal proposal) {
		return ok(this.agreements.propose(id, Versions.fromIfMatch(ifMatch), proposal.side(), proposal.note()));
	}

	@PostMapping(path = "/{id}/counter", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Put forward new terms as the next version (counter-proposal, or new terms under review)")
	ResponseEntity<AgreementView> counter(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody CounterProposal counter) {
		return ok(this.agreements.counter(id, Versions.fromIfMatch(ifMatch), counter.side(), counter.terms(),
				counter.note()));
	}

	@PostMapping(path = "/{id}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Accept the version on the table for one side, by a contact with authority to sign")
	ResponseEntity<AgreementView> accept(@PathVariable UUID id, @Valid @RequestBody AcceptanceRequest acceptance) {
		return ok(this.agreements.accept(id, acceptance.side(), acceptance.termsNumber(), acceptance.contactId()));
	}

	@PostMapping("/{id}/activate")
	ResponseEntity<AgreementView> activate(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(this.agreements.activate(id, Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping("/{id}/review")
	ResponseEntity<AgreementView> startReview(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(this.agreements.startReview(id, Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping(path = "/{id}/review/close", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AgreementView> closeReview(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ReviewClosure closure) {
		return ok(this.agreements.closeReviewUnchanged(id, Versions.fromIfMatch(ifMatch), closure.nextReview()));
	}

	@PostMapping("/{id}/supersede")
	ResponseEntity<AgreementView> supersede(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(this.agreements.supersede(id, Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping(path = "/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AgreementView> comment(@PathVariable UUID id, @Valid @RequestBody NewComment comment) {
		return ok(this.agreements.comment(id, comment.text()));
	}

	@GetMapping("/{id}/versions/{number}")
	AgreementTerms version(@PathVariable UUID id, @PathVariable int number) {
		return this.agreements.terms(id, number);
	}

	@GetMapping("/{id}/diff")
	@Operation(summary = "Two versions of the terms side by side")
	TermsDiff diff(@PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
		return this.agreements.diff(id, from, to);
	}

	@GetMapping("/{id}/history")
	List<AuditEntryView> history(@PathVariable UUID id) {
		return this.agreements.history(id);
	}

	private static ResponseEntity<AgreementView> ok(AgreementView agreement) {
		return Versions.ok(agreement.version(), agreement);
	}

	record Draft(@NotNull @Valid AgreementHeader header, @Nullable @Valid AgreementTerms terms) {

	}

	record Proposal(@NotNull Side side, @Nullable @Size(max = 1000) String note) {

	}

	record CounterProposal(@NotNull Side side, @NotNull @Valid AgreementTerms terms,
			@Nullable @Size(max = 1000) String note) {

	}

	record AcceptanceRequest(@NotNull Side side, int termsNumber, @NotNull UUID contactId) {

	}

	record ReviewClosure(@NotNull LocalDate nextReview) {

	}

	record NewComment(@NotBlank @Size(max = 4000) String text) {

	}

}
