package org.servicechain.notify;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A mail template an administrator changed, for one event and language: subject (text),
 * plain text body and HTML body, all Thymeleaf templates. Events and languages without a
 * row use the defaults shipped on the classpath.
 */
@Entity
@Table(name = "mail_template")
@IdClass(MailTemplate.Key.class)
class MailTemplate {

	@Id
	@Column(nullable = false, length = 40)
	private String event;

	@Id
	@Column(nullable = false, length = 10)
	private String language;

	@Version
	private long version;

	@Column(nullable = false, length = 400)
	private String subject;

	@Column(name = "text_body", nullable = false, length = 20000)
	private String textBody;

	@Column(name = "html_body", nullable = false, length = 40000)
	private String htmlBody;

	@Column(name = "updated_by", nullable = false, length = 100)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected MailTemplate() {
		this.event = "";
		this.language = "";
		this.subject = "";
		this.textBody = "";
		this.htmlBody = "";
		this.updatedBy = "";
		this.updatedAt = Instant.EPOCH;
	}

	MailTemplate(String event, String language) {
		this();
		this.event = event;
		this.language = language;
	}

	void change(String subject, String textBody, String htmlBody, String by, Instant at) {
		this.subject = subject;
		this.textBody = textBody;
		this.htmlBody = htmlBody;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	String getSubject() {
		return this.subject;
	}

	String getTextBody() {
		return this.textBody;
	}

	String getHtmlBody() {
		return this.htmlBody;
	}

	long getVersion() {
		return this.version;
	}

	static class Key implements Serializable {

		private String event = "";

		private String language = "";

		Key() {
		}

		Key(String event, String language) {
			this.event = event;
			this.language = language;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.event.equals(this.event) && key.language.equals(this.language);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.event, this.language);
		}

	}

}
