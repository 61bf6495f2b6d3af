package org.servicechain.notify;

import java.time.Duration;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The mailbox mail in polls ({@code servicechain.notify.mail-in.*}); off unless
 * {@code enabled} is set.
 *
 * @param enabled whether the mailbox is polled at all
 * @param protocol {@code imaps} (IMAP over TLS, the default) or {@code imap}
 * @param host the IMAP server
 * @param port its port; 0 takes the protocol's usual one
 * @param username the mailbox's login
 * @param password its password
 * @param folder the folder new mail arrives in
 * @param pollPeriod how often the mailbox is looked at
 * @param batch how many mails one poll takes at most
 * @param maxSize a larger mail is quarantined unread
 * @param timeout how long connecting to and reading from the server may take
 * @param defaultService the name of the service a mail asks about when its customer
 * receives several; with one, that one; without a match, the first by name
 * @param unknownSenderParty the name of the customer party a contact made from an unknown
 * sender joins; without one, the sender becomes a customer of their own (a person) and
 * the mail waits in quarantine until someone links them to a service
 * @param complaintsAddress an address of ours that complaints are sent to (delivered to
 * the same mailbox): a mail to it ({@code To}, {@code Cc}, {@code Delivered-To} or
 * {@code X-Original-To}) is a complaint, not a request; empty for none
 * @param complaintKeyword a word a subject starts with to make the mail a complaint (case
 * does not matter); empty for none
 * @see MailInComplaintRule
 */
@ConfigurationProperties("servicechain.notify.mail-in")
record MailInSettings(@DefaultValue("false") boolean enabled, @DefaultValue("imaps") String protocol,
		@Nullable String host, @DefaultValue("0") int port, @Nullable String username, @Nullable String password,
		@DefaultValue("INBOX") String folder, @DefaultValue("1m") Duration pollPeriod, @DefaultValue("50") int batch,
		@DefaultValue("15MB") DataSize maxSize, @DefaultValue("30s") Duration timeout, @Nullable String defaultService,
		@Nullable String unknownSenderParty, @Nullable String complaintsAddress,
		@DefaultValue("Complaint:") @Nullable String complaintKeyword) {

	/**
	 * @return the same mailbox on another server (tests point it at GreenMail).
	 */
	MailInSettings withServer(String protocol, String host, int port, String username, String password) {
		return new MailInSettings(this.enabled, protocol, host, port, username, password, this.folder, this.pollPeriod,
				this.batch, this.maxSize, this.timeout, this.defaultService, this.unknownSenderParty,
				this.complaintsAddress, this.complaintKeyword);
	}

	MailInSettings withMaxSize(DataSize maxSize) {
		return new MailInSettings(this.enabled, this.protocol, this.host, this.port, this.username, this.password,
				this.folder, this.pollPeriod, this.batch, maxSize, this.timeout, this.defaultService,
				this.unknownSenderParty, this.complaintsAddress, this.complaintKeyword);
	}

	MailInSettings withUnknownSenderParty(@Nullable String party) {
		return new MailInSettings(this.enabled, this.protocol, this.host, this.port, this.username, this.password,
				this.folder, this.pollPeriod, this.batch, this.maxSize, this.timeout, this.defaultService, party,
				this.complaintsAddress, this.complaintKeyword);
	}

	/**
	 * @return the same mailbox with another rule for complaints
	 */
	MailInSettings withComplaintRule(@Nullable String address, @Nullable String keyword) {
		return new MailInSettings(this.enabled, this.protocol, this.host, this.port, this.username, this.password,
				this.folder, this.pollPeriod, this.batch, this.maxSize, this.timeout, this.defaultService,
				this.unknownSenderParty, address, keyword);
	}

	/**
	 * @return the rule that makes a mail a complaint
	 */
	MailInComplaintRule complaintRule() {
		return new MailInComplaintRule(this.complaintsAddress, this.complaintKeyword);
	}

	/**
	 * @return the Jakarta Mail session properties: timeouts, and reading without setting
	 * the "seen" flag, which is set only once a mail has been handled.
	 */
	Properties sessionProperties() {
		Properties properties = new Properties();
		String millis = String.valueOf(this.timeout.toMillis());
		properties.put("mail." + this.protocol + ".connectiontimeout", millis);
		properties.put("mail." + this.protocol + ".timeout", millis);
		properties.put("mail." + this.protocol + ".writetimeout", millis);
		properties.put("mail." + this.protocol + ".peek", "true");
		return properties;
	}

}
