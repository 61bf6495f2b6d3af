package org.servicechain.notify;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether a new mail is a complaint rather than a request (CMP-1 by mail): it was
 * sent to the complaints address ({@code servicechain.notify.mail-in.complaints-address},
 * delivered to the polled mailbox), or its subject starts with the complaint keyword
 * ({@code servicechain.notify.mail-in.complaint-keyword}, "Complaint:" unless set
 * otherwise). Either may be switched off by leaving it empty. Pure: it reads only what it
 * is given. A mail that answers a request or a complaint is a reply, whatever this rule
 * says; mail no person wrote never gets this far ({@link MailInLoopPolicy}).
 *
 * @param address the complaints address, or empty
 * @param keyword the word a complaint's subject starts with, or empty
 */
record MailInComplaintRule(@Nullable String address, @Nullable String keyword) {

	/**
	 * @param recipients the addresses the mail was sent or delivered to
	 * @param subject its subject
	 * @return why the mail is a complaint, or empty when it is not one
	 */
	Optional<String> why(List<String> recipients, String subject) {
		if (this.address != null && !this.address.isBlank()) {
			String wanted = this.address.strip();
			if (recipients.stream().anyMatch((recipient) -> recipient.strip().equalsIgnoreCase(wanted))) {
				return Optional.of("sent to the complaints address " + wanted);
			}
		}
		if (keywordStarts(subject)) {
			return Optional.of("the subject starts with \"" + this.keyword.strip() + "\"");
		}
		return Optional.empty();
	}

	/**
	 * @return the complaint's summary: the subject without the keyword, or empty when
	 * nothing else is left
	 */
	Optional<String> summary(String subject) {
		String rest = subject.strip();
		if (keywordStarts(rest)) {
			rest = rest.substring(this.keyword.strip().length()).strip();
		}
		return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
	}

	private boolean keywordStarts(String subject) {
		if (this.keyword == null || this.keyword.isBlank()) {
			return false;
		}
		return subject.strip().toLowerCase(Locale.ROOT).startsWith(this.keyword.strip().toLowerCase(Locale.ROOT));
	}

}
