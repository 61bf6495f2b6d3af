package org.servicechain.privacy;

import java.util.Locale;
import java.util.UUID;

import org.servicechain.shared.InvalidInputException;

/**
 * A person Servicechain holds data about: a contact of a party, or a customer who is a
 * person (a party of customer type person).
 */
public record DataSubject(Kind kind, UUID id) {

	public enum Kind {

		CONTACT, PERSON;

		public String path() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Kind ofPath(String path) {
			for (Kind kind : values()) {
				if (kind.path().equals(path)) {
					return kind;
				}
			}
			throw new InvalidInputException("kind", "one-of", "kind must be contact or person");
		}

	}

}
