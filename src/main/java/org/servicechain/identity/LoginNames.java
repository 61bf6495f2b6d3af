package org.servicechain.identity;

import java.util.Locale;

/**
 * The one canonical form of a login name, used wherever a name is stored, looked up or
 * counted: surrounding blanks removed and lower-cased in the root locale. New names may
 * only contain ASCII letters, digits and {@code . _ @ -} ({@link NewUser}), so a typed
 * name with any other character (a long s, a dotless i) matches no account: it is
 * compared exactly, never folded by the database.
 */
final class LoginNames {

	static final int MAX_LENGTH = 60;

	private LoginNames() {
	}

	static String canonical(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
