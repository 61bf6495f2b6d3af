package org.servicechain.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The language each person reads their mails in, which picks the mail template (per event
 * and language, {@link MailTemplates}); a person who chose none reads the organisation's
 * default, {@code servicechain.notify.language}, and a language without a template of its
 * own falls back to that of the default language.
 */
@Component
class PersonLanguages {

	private final JdbcClient jdbc;

	private final NotifySettings settings;

	PersonLanguages(JdbcClient jdbc, NotifySettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * @return the language to write to the person in.
	 */
	String of(@Nullable String username) {
		return Optional.ofNullable(username)
			.flatMap(this::chosen)
			.filter(MailTemplates.LANGUAGES::contains)
			.orElse(this.settings.language());
	}

	/**
	 * @return the language the person chose, if they chose one.
	 */
	Optional<String> chosen(String username) {
		return this.jdbc.sql("select language from notify_person_language where username = :username")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	/**
	 * Records the person's language, or forgets it ({@literal null}: the default again).
	 */
	void choose(String username, @Nullable String language, Instant now) {
		this.jdbc.sql("delete from notify_person_language where username = :username")
			.param("username", username)
			.update();
		if (language != null) {
			this.jdbc
				.sql("insert into notify_person_language (username, language, changed_at) "
						+ "values (:username, :language, :now)")
				.param("username", username)
				.param("language", language)
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	String defaultLanguage() {
		return this.settings.language();
	}

}
