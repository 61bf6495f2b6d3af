package org.servicechain.chain;

import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.InvalidInputException;

/**
 * The fields people get wrong on contacts, checked and brought to one form (REC-1): mail
 * addresses by their syntax (the domain in lower case), phone numbers parsed with
 * Google's libphonenumber and kept in E.164 ({@code +441614960123}), a number without a
 * country code read as a UK one. Each check throws {@link InvalidInputException} naming
 * the field and the rule ({@code email}/{@code phone}).
 */
public final class ContactFields {

	/** Numbers written without a country code are read as numbers of this region. */
	public static final String DEFAULT_REGION = "GB";

	private static final Pattern LOCAL_PART = Pattern
		.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	private static final Pattern DOMAIN = Pattern
		.compile("([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	/**
	 * A UK postcode without its space, as the government's Bulk Data Transfer guidance
	 * gives it (the letters each position may hold), plus GIR 0AA.
	 */
	private static final Pattern UK_POSTCODE = Pattern
		.compile("GIR0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
				+ "|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2}");

	private ContactFields() {
	}

	/**
	 * @return the address with surrounding spaces removed and the domain in lower case,
	 * or {@literal null} when blank
	 * @throws InvalidInputException ({@code field}, {@code email}) when it is not an
	 * address
	 */
	public static @Nullable String email(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String email = value.strip();
		int at = email.lastIndexOf('@');
		if (email.length() > 254 || at <= 0 || at == email.length() - 1 || at > 64
				|| !LOCAL_PART.matcher(email.substring(0, at)).matches()
				|| !DOMAIN.matcher(email.substring(at + 1)).matches()) {
			throw new InvalidInputException(field, "email",
					"'" + email + "' is not a mail address (like name@example.co.uk)");
		}
		return email.substring(0, at + 1) + email.substring(at + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * @return the number in E.164, or {@literal null} when blank
	 * @throws InvalidInputException ({@code field}, {@code phone}) when it is not a valid
	 * number (UK when no country code is given)
	 */
	public static @Nullable String phone(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String phone = value.strip();
		try {
			PhoneNumber parsed = PHONES.parse(phone, DEFAULT_REGION);
			if (PHONES.isValidNumber(parsed)) {
				return PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
			}
		}
		catch (NumberParseException ex) {
			// reported below
		}
		throw new InvalidInputException(field, "phone", "'" + phone
				+ "' is not a valid phone number; give it with its country code (like +44 161 496 0123) or as a UK number");
	}

	/**
	 * @return the postcode in capitals with one space before its last three characters
	 * ({@code M1 1AE}), or {@literal null} when blank
	 * @throws InvalidInputException ({@code field}, {@code postcode}) when it is not a UK
	 * postcode
	 */
	public static @Nullable String postcode(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		if (!UK_POSTCODE.matcher(compact).matches()) {
			throw new InvalidInputException(field, "postcode", "'" + value.strip()
					+ "' is not a UK postcode (like M1 1AE or SW1A 2AA); write an address abroad in the address");
		}
		return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
	}

	/**
	 * @return the number as people read it ({@code +44 161 496 0123}), or the value as
	 * stored when it cannot be parsed
	 */
	public static @Nullable String displayPhone(@Nullable String e164) {
		if (e164 == null) {
			return null;
		}
		try {
			return PHONES.format(PHONES.parse(e164, DEFAULT_REGION), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return e164;
		}
	}

}
