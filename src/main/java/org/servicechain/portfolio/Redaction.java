package org.servicechain.portfolio;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Takes customers' personal data out of what the assessor receives (UK GDPR data
 * minimisation: the assessor judges the practitioner's work, not who the customer was):
 * the known names, addresses and numbers of the record's customer become
 * {@value #CUSTOMER}, and any other e-mail address or phone number is blanked too.
 */
final class Redaction {

	static final String CUSTOMER = "[customer]";

	static final String EMAIL = "[e-mail]";

	static final String PHONE = "[phone]";

	private static final Pattern EMAILS = Pattern.compile("[\\w.+'-]+@[\\w-]+(\\.[\\w-]+)+");

	/**
	 * Ten or more digits, with spaces, dots, dashes or brackets between: a phone number.
	 */
	private static final Pattern PHONES = Pattern.compile("\\+?\\(?\\d(?:[\\s().-]*\\d){9,}");

	private Redaction() {
	}

	static String redact(@Nullable String text, Collection<String> identity) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String redacted = text;
		List<String> longestFirst = identity.stream()
			.filter((value) -> value.strip().length() >= 3)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		for (String value : longestFirst) {
			redacted = Pattern.compile(Pattern.quote(value.strip()), Pattern.CASE_INSENSITIVE)
				.matcher(redacted)
				.replaceAll(Matcher.quoteReplacement(CUSTOMER));
		}
		redacted = EMAILS.matcher(redacted).replaceAll(Matcher.quoteReplacement(EMAIL));
		return PHONES.matcher(redacted).replaceAll(Matcher.quoteReplacement(PHONE));
	}

}
