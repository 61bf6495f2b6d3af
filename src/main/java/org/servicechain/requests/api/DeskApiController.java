package org.servicechain.requests.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.agreements.Priority;
import org.servicechain.requests.DeskManagement;
import org.servicechain.requests.DeskView;
import org.servicechain.requests.Level;
import org.servicechain.requests.PriorityMatrix;
import org.servicechain.shared.Versions;

/**
 * How the desk works, over the API (REQ-4, REQ-5): the priority matrix and other
 * settings, who works which queue with which skills, and which customer organisations
 * share their requests among their contacts.
 */
@RestController
@RequestMapping(path = "/api/v1/desk", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Desk")
class DeskApiController {

	private final DeskManagement desk;

	DeskApiController(DeskManagement desk) {
		this.desk = desk;
	}

	@GetMapping
	ResponseEntity<DeskView> get() {
		DeskView view = this.desk.desk();
		return Versions.ok(view.version(), view);
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change the priority matrix, categories, closing of resolved requests and auto-assignment",
			description = "matrix maps impact to urgency to priority, e.g. {\"HIGH\": {\"HIGH\": \"P1\", …}, …}. Needs If-Match.")
	ResponseEntity<DeskView> change(
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody Settings settings) {
		DeskView view = this.desk.change(Versions.fromIfMatch(ifMatch), new PriorityMatrix(settings.matrix()),
				settings.categories(), settings.closeAfterDays(), settings.autoAssign());
		return Versions.ok(view.version(), view);
	}

	@PutMapping(path = "/profiles/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Set which queue a member of staff works, their skills, and whether they get work automatically")
	DeskView profile(@PathVariable String username, @Valid @RequestBody Profile profile) {
		return this.desk.changeProfile(username, profile.team(),
				profile.services() == null ? Set.of() : profile.services(),
				profile.categories() == null ? Set.of() : profile.categories(), profile.autoAssign());
	}

	@GetMapping("/organisations")
	List<DeskManagement.OrganisationSharing> organisations() {
		return this.desk.organisations();
	}

	@PutMapping(path = "/organisations/{party}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Let every portal user of a customer organisation see all its requests (off by default)")
	List<DeskManagement.OrganisationSharing> share(@PathVariable UUID party, @Valid @RequestBody Sharing sharing) {
		this.desk.shareWithinOrganisation(party, sharing.shareWithinOrganisation());
		return this.desk.organisations();
	}

	record Settings(@NotNull Map<Level, Map<Level, Priority>> matrix, @NotNull List<String> categories,
			int closeAfterDays, boolean autoAssign) {

	}

	record Profile(@Nullable UUID team, @Nullable Set<UUID> services, @Nullable Set<String> categories,
			boolean autoAssign) {

	}

	record Sharing(boolean shareWithinOrganisation) {

	}

}
