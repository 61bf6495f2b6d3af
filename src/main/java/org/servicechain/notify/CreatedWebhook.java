package org.servicechain.notify;

/**
 * A new subscription with its signing secret, shown this once.
 */
public record CreatedWebhook(WebhookView webhook, String secret) {

}
