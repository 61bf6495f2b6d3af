package org.servicechain.requests;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The human reference of a request, {@code REQ-1042}, shown and quoted beside its id (a
 * customer reads it out on the phone; a mail subject carries it).
 */
public record RequestReference(String value) {

	static final String PREFIX = "REQ-";

	private static final Pattern PATTERN = Pattern.compile("(?i)\\bREQ-(\\d{1,12})\\b");

	/**
	 * @return the reference number in a text such as a search box entry or a mail
	 * subject.
	 */
	public static Optional<Long> numberIn(String text) {
		Matcher matcher = PATTERN.matcher(text);
		return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
	}

	@Override
	public String toString() {
		return this.value.toUpperCase(Locale.ROOT);
	}

}
