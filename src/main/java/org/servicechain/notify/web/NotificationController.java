package org.servicechain.notify.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.notify.Channel;
import org.servicechain.notify.NotificationManagement;
import org.servicechain.notify.NotificationView;
import org.servicechain.notify.NotifyEvent;
import org.servicechain.notify.PreferenceView;

/**
 * The notification centre for everyone signed in: the header's unread badge (an htmx
 * partial polled every 30 seconds, a plain link without JavaScript), the paged list with
 * mark read and mark all read, and the preferences.
 */
@Controller
class NotificationController {

	private static final String LIST = "notify/notifications";

	private final NotificationManagement notifications;

	NotificationController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean unread,
			Model model, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		model.addAttribute("page", this.notifications.mine(unread, page, 20));
		model.addAttribute("unread", unread);
		model.addAttribute("unreadCount", this.notifications.unreadCount());
		return (htmx != null) ? LIST + " :: list" : LIST;
	}

	@GetMapping("/notifications/badge")
	String badge(Model model) {
		model.addAttribute("unreadCount", this.notifications.unreadCount());
		return "notify/badge :: badge";
	}

	/**
	 * Marks the notification read and opens what it is about.
	 */
	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable UUID id) {
		NotificationView notification = this.notifications.markRead(id);
		return "redirect:" + (notification.link().startsWith("/") ? notification.link() : "/notifications");
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "false") boolean unread) {
		this.notifications.markRead(id);
		return "redirect:/notifications?page=" + page + "&unread=" + unread;
	}

	@PostMapping("/notifications/read-all")
	String markAllRead(RedirectAttributes redirect) {
		int marked = this.notifications.markAllRead();
		redirect.addFlashAttribute("message", marked + " marked read");
		return "redirect:/notifications";
	}

	@GetMapping("/notifications/preferences")
	String preferences(Model model) {
		model.addAttribute("preferences", this.notifications.myPreferences());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("language", this.notifications.myLanguage());
		return "notify/preferences";
	}

	@PostMapping("/notifications/preferences")
	String choose(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, Channel> choices = new LinkedHashMap<>();
		Map<String, PreferenceView> shown = new LinkedHashMap<>();
		this.notifications.myPreferences().forEach((preference) -> shown.put(preference.event(), preference));
		for (NotifyEvent event : NotifyEvent.values()) {
			String value = form.get(event.key());
			PreferenceView before = shown.get(event.key());
			// An event left as it was shown keeps following the default (the contact's
			// preferred channel), rather than becoming a choice.
			if (value != null && (before == null || before.chosen() || before.channel() != Channel.valueOf(value))) {
				choices.put(event.key(), Channel.valueOf(value));
			}
		}
		this.notifications.choose(choices);
		if (form.containsKey("language")) {
			this.notifications.chooseLanguage(form.get("language"));
		}
		redirect.addFlashAttribute("message", "Preferences saved");
		return "redirect:/notifications/preferences";
	}

}
