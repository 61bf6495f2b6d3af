package org.servicechain.notify.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

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

import org.servicechain.notify.CreatedWebhook;
import org.servicechain.notify.NotifyAdministration;
import org.servicechain.notify.OutboxMessageView;
import org.servicechain.notify.WebhookManagement;
import org.servicechain.notify.WebhookView;
import org.servicechain.shared.PageResponse;

/**
 * Webhooks and the outbox for administrators (INT-3): subscriptions, allowed internal
 * hosts, the delivery log with redelivery, and every outbox message with "retry now".
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks and outbox")
class WebhookApiController {

	private final WebhookManagement webhooks;

	private final NotifyAdministration administration;

	WebhookApiController(WebhookManagement webhooks, NotifyAdministration administration) {
		this.webhooks = webhooks;
		this.administration = administration;
	}

	record Subscription(String url, List<String> events, @Nullable String description) {

	}

	record Host(String host) {

	}

	@GetMapping("/api/v1/webhooks")
	List<WebhookView> list() {
		return this.webhooks.webhooks();
	}

	@PostMapping(path = "/api/v1/webhooks", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Subscribe an address to events",
			description = "Answers the signing secret (whsec_…) once. Addresses inside the network are refused "
					+ "unless their host is allowed.")
	ResponseEntity<CreatedWebhook> subscribe(@RequestBody Subscription subscription) {
		CreatedWebhook created = this.webhooks.subscribe(subscription.url(), subscription.events(),
				subscription.description());
		return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.webhook().id())).body(created);
	}

	@GetMapping("/api/v1/webhooks/{id}")
	WebhookView get(@PathVariable UUID id) {
		return this.webhooks.webhook(id);
	}

	@DeleteMapping("/api/v1/webhooks/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.webhooks.unsubscribe(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/webhooks/{id}/ping")
	@Operation(summary = "Queue a test delivery")
	ResponseEntity<OutboxMessageView> ping(@PathVariable UUID id) {
		return ResponseEntity.accepted().body(this.webhooks.ping(id));
	}

	@GetMapping("/api/v1/webhooks/{id}/deliveries")
	PageResponse<OutboxMessageView> deliveries(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.webhooks.deliveries(id, page, size);
	}

	@PostMapping("/api/v1/webhooks/{id}/deliveries/{messageId}/redeliver")
	@Operation(summary = "Deliver a message again, with the same webhook-id")
	ResponseEntity<OutboxMessageView> redeliver(@PathVariable UUID id, @PathVariable UUID messageId) {
		return ResponseEntity.accepted().body(this.webhooks.redeliver(id, messageId));
	}

	@GetMapping("/api/v1/webhooks/allowed-hosts")
	List<String> allowedHosts() {
		return this.webhooks.allowedHosts();
	}

	@PostMapping(path = "/api/v1/webhooks/allowed-hosts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Allow a host inside the network as a webhook target")
	List<String> allowHost(@RequestBody Host host) {
		return this.webhooks.allowHost(host.host());
	}

	@DeleteMapping("/api/v1/webhooks/allowed-hosts/{host}")
	List<String> disallowHost(@PathVariable String host) {
		return this.webhooks.disallowHost(host);
	}

	@GetMapping("/api/v1/outbox")
	@Operation(summary = "The outbox: mails (the mail log) and webhook deliveries",
			description = "kind=MAIL|WEBHOOK, status=PENDING|SENT|NOT_SENT|FAILED")
	PageResponse<OutboxMessageView> outbox(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.administration.outbox(kind, status, page, size);
	}

	@GetMapping("/api/v1/outbox/{id}")
	OutboxMessageView message(@PathVariable UUID id) {
		return this.administration.message(id);
	}

	@PostMapping("/api/v1/outbox/{id}/retry")
	@Operation(summary = "Retry now: send at the next drain")
	ResponseEntity<OutboxMessageView> retry(@PathVariable UUID id) {
		return ResponseEntity.accepted().body(this.administration.retryNow(id));
	}

}
