package org.servicechain.notify;

/**
 * The mail template of one event and language as administrators edit it.
 *
 * @param customised whether an administrator changed it (otherwise it is the default)
 * @param version the stored version (0 for a default), for If-Match
 */
public record MailTemplateView(String event, String label, String language, String subject, String textBody,
		String htmlBody, boolean customised, long version) {

}
