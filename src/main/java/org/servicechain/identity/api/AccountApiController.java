package org.servicechain.identity.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.identity.ApiTokenView;
import org.servicechain.identity.CreatedToken;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.UserChanges;
import org.servicechain.identity.UserView;
import org.servicechain.shared.Versions;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The caller's own account and API tokens, and (for administrators) users (REC-4, INT-1).
 */
@RestController
@Tag(name = "Identity")
class AccountApiController {

	private final IdentityManagement identity;

	AccountApiController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
	Me me() {
		CurrentUser user = CurrentUser.get().orElseThrow();
		return new Me(user.id(), user.getUsername(), user.displayName(), user.role(), user.partyId());
	}

	@GetMapping(path = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ApiTokenView> tokens() {
		return this.identity.myTokens();
	}

	@PostMapping(path = "/api/v1/tokens", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CreatedToken> createToken(@Valid @RequestBody NewToken request) {
		CreatedToken created = this.identity.createToken(request.name(), request.validDays());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.token().id())).body(created);
	}

	@DeleteMapping("/api/v1/tokens/{id}")
	ResponseEntity<Void> revokeToken(@PathVariable UUID id) {
		this.identity.revokeToken(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
	PageResponse<UserView> users(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return Paging.slice(this.identity.users(), page, size);
	}

	@PostMapping(path = "/api/v1/users", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<UserView> createUser(@Valid @RequestBody NewUser request) {
		UserView user = this.identity.createUser(request);
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.id()))
			.eTag(Versions.etag(user.version()))
			.body(user);
	}

	@GetMapping(path = "/api/v1/users/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<UserView> user(@PathVariable UUID id) {
		UserView user = this.identity.user(id);
		return Versions.ok(user.version(), user);
	}

	@PutMapping(path = "/api/v1/users/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<UserView> updateUser(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody UserUpdate request) {
		UserView user = this.identity.updateUser(id, new UserChanges(Versions.fromIfMatch(ifMatch),
				request.displayName(), request.email(), request.role(), request.partyId(), request.enabled()));
		return Versions.ok(user.version(), user);
	}

	/**
	 * Ends every browser session of the user (e.g. a lost laptop); their API tokens stay.
	 */
	@DeleteMapping("/api/v1/users/{id}/sessions")
	ResponseEntity<Void> endSessions(@PathVariable UUID id) {
		this.identity.endSessions(id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Changes the caller's own password; their other sessions end.
	 */
	@PutMapping(path = "/api/v1/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> changePassword(@RequestBody PasswordChange change, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		this.identity.changeOwnPassword(change.currentPassword(), change.newPassword(),
				session != null ? session.getId() : null);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Sets a temporary password the user must change at their next sign-in; it is
	 * answered once and not stored in clear.
	 */
	@PostMapping(path = "/api/v1/users/{id}/temporary-password", produces = MediaType.APPLICATION_JSON_VALUE)
	TemporaryPassword temporaryPassword(@PathVariable UUID id) {
		return new TemporaryPassword(this.identity.setTemporaryPassword(id));
	}

	record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {

	}

	record TemporaryPassword(String temporaryPassword) {

	}

	record Me(UUID id, String username, String displayName, Role role, @Nullable UUID partyId) {

	}

	record NewToken(@NotBlank @Size(max = 80) String name, @Nullable @Min(1) @Max(3650) Integer validDays) {

	}

	record UserUpdate(@NotBlank @Size(max = 120) String displayName, @Nullable String email,
			@jakarta.validation.constraints.NotNull Role role, @Nullable UUID partyId, boolean enabled) {

	}

}
