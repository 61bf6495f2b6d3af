package org.servicechain.notify.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.notify.Channel;
import org.servicechain.notify.LanguageView;
import org.servicechain.notify.NotificationManagement;
import org.servicechain.notify.NotificationView;
import org.servicechain.notify.PreferenceView;
import org.servicechain.shared.PageResponse;

/**
 * The signed-in person's notifications and preferences (REQ-6), for staff and portal
 * users alike; nobody reaches anybody else's.
 */
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notifications")
class NotificationApiController {

	private final NotificationManagement notifications;

	NotificationApiController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	PageResponse<NotificationView> list(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.notifications.mine(unread, page, size);
	}

	@GetMapping("/unread-count")
	Map<String, Long> unreadCount() {
		return Map.of("count", this.notifications.unreadCount());
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Mark one notification read")
	NotificationView markRead(@PathVariable UUID id) {
		return this.notifications.markRead(id);
	}

	@PostMapping("/read-all")
	@Operation(summary = "Mark all of the caller's notifications read")
	Map<String, Integer> markAllRead() {
		return Map.of("marked", this.notifications.markAllRead());
	}

	@GetMapping("/preferences")
	List<PreferenceView> preferences() {
		return this.notifications.myPreferences();
	}

	@PutMapping(path = "/preferences", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Choose how to hear of events",
			description = "A map of event name to IN_APP, MAIL or NONE; events not named keep their setting.")
	List<PreferenceView> choose(@RequestBody Map<String, Channel> choices) {
		return this.notifications.choose(choices);
	}

	@GetMapping("/language")
	@Operation(summary = "The language my mails are written in")
	LanguageView language() {
		return this.notifications.myLanguage();
	}

	@PutMapping(path = "/language", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Choose the language of my mails",
			description = "{\"language\": \"de\"}; null or blank follows the organisation's default. "
					+ "An unknown language is refused with 422 (rule known-language).")
	LanguageView chooseLanguage(@RequestBody Map<String, String> body) {
		return this.notifications.chooseLanguage(body.get("language"));
	}

}
