package org.servicechain.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.servicechain.portfolio.WitnessAsked;

/**
 * Mails a witness their single-use link when a practitioner asks them to confirm a piece
 * of evidence (REP-3). The mail is written to the outbox in the transaction that stored
 * the request, so it leaves once, with retries, if and only if the request commits. It
 * goes to the witness's address alone: no happening, no in-app notification and no
 * webhook is made of it, because each would carry or lead to the token.
 */
@Component
class MailingWitnesses {

	private final Outbox outbox;

	private final MailTemplates templates;

	private final PersonLanguages languages;

	private final NotifySettings settings;

	private final Clock clock;

	MailingWitnesses(Outbox outbox, MailTemplates templates, PersonLanguages languages, NotifySettings settings,
			Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.languages = languages;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	void on(WitnessAsked event) {
		String reference = "WIT-" + event.witnessRequestId().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		String title = event.practitionerName() + " asks you to confirm a piece of their evidence";
		String body = event.pieceTitle() + "\n\nThe link works once, until "
				+ event.expiresAt().toString().substring(0, 10) + ". Please do not pass it on.";
		MailTemplates.Rendered mail = this.templates.render(NotifyEvent.WITNESS_ASKED,
				this.languages.of(event.witnessUsername()), MailTemplates.variables(reference, title, body,
						this.settings.baseUrl() + event.link(), event.witnessName(), NotifyEvent.WITNESS_ASKED));
		this.outbox.composed(event.email(), event.witnessUsername(), NotifyEvent.WITNESS_ASKED.key(), reference,
				mail.subject(), mail.text(), mail.html(), Instant.now(this.clock));
	}

}
