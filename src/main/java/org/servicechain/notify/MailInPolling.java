package org.servicechain.notify;

import java.io.ByteArrayOutputStream;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import org.servicechain.identity.SystemActor;

/**
 * Polls the mailbox over IMAP (Jakarta Mail): takes the mails not yet seen, reads each
 * without marking it (the session peeks), hands it to {@link MailInHandling} and marks it
 * seen only after its outcome was committed. A crash in between leaves the mail unseen;
 * the next poll finds its Message-ID recorded and only marks it. A db-scheduler task runs
 * the poll every {@code servicechain.notify.mail-in.poll-period} on one instance at a
 * time, when {@code servicechain.notify.mail-in.enabled} is set.
 */
@Component
class MailInPolling {

	private static final Logger log = LoggerFactory.getLogger(MailInPolling.class);

	private final MailInHandling handling;

	MailInPolling(MailInHandling handling) {
		this.handling = handling;
	}

	/**
	 * What one poll did.
	 *
	 * @param handled mails handled by this poll
	 * @param before mails found handled before (marked seen now)
	 */
	record Polled(int handled, int before) {

	}

	/**
	 * Polls the mailbox once, as the system.
	 * @throws MessagingException when the server cannot be reached or refuses the login
	 */
	Polled poll(MailInSettings settings) throws MessagingException {
		if (settings.host() == null || settings.host().isBlank()) {
			throw new MessagingException("no IMAP host configured (servicechain.notify.mail-in.host)");
		}
		Session session = Session.getInstance(settings.sessionProperties());
		int handled = 0;
		int before = 0;
		try (Store store = session.getStore(settings.protocol())) {
			store.connect(settings.host(), (settings.port() > 0) ? settings.port() : -1, settings.username(),
					settings.password());
			Folder folder = store.getFolder(settings.folder());
			folder.open(Folder.READ_WRITE);
			try {
				Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				FetchProfile profile = new FetchProfile();
				profile.add(FetchProfile.Item.ENVELOPE);
				profile.add(FetchProfile.Item.SIZE);
				folder.fetch(unseen, profile);
				for (int i = 0; i < Math.min(unseen.length, settings.batch()); i++) {
					Message mail = unseen[i];
					if (SystemActor.call(() -> handle(mail, settings))) {
						handled++;
					}
					else {
						before++;
					}
					// Only now: the outcome is committed.
					mail.setFlag(Flags.Flag.SEEN, true);
				}
			}
			finally {
				folder.close(false);
			}
		}
		return new Polled(handled, before);
	}

	private boolean handle(Message mail, MailInSettings settings) {
		try {
			int size = mail.getSize();
			if (size > settings.maxSize().toBytes()) {
				String[] ids = mail.getHeader("Message-ID");
				Address[] from = mail.getFrom();
				return this.handling.oversized((ids != null && ids.length > 0) ? ids[0].strip() : null,
						(from != null && from.length > 0 && from[0] instanceof InternetAddress address) ? address
								: null,
						mail.getSubject(), size, settings);
			}
			ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(size, 1024));
			if (mail instanceof MimeMessage mime) {
				mime.writeTo(raw);
			}
			else {
				mail.writeTo(raw);
			}
			return this.handling.handle(raw.toByteArray(), settings);
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException("Could not read mail " + mail.getMessageNumber() + ": " + ex, ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MailInSettings.class)
	static class Schedule {

		@Bean
		RecurringTask<Void> notifyMailInPoll(MailInPolling polling, MailInSettings settings) {
			return Tasks.recurring("notify-mail-in-poll", Schedules.fixedDelay(settings.pollPeriod()))
				.execute((instance, context) -> {
					if (!settings.enabled()) {
						return;
					}
					try {
						Polled polled = polling.poll(settings);
						if (polled.handled() + polled.before() > 0) {
							log.info("Mail in: {} mails handled, {} handled before", polled.handled(), polled.before());
						}
					}
					catch (MessagingException ex) {
						log.warn("Mail in: could not poll {}: {}", settings.host(), ex.toString());
					}
				});
		}

	}

}
