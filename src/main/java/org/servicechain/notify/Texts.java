package org.servicechain.notify;

import org.jspecify.annotations.Nullable;

/**
 * Small text helpers for what is stored and sent.
 */
final class Texts {

	private Texts() {
	}

	static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	static @Nullable String cutOrNull(@Nullable String text, int max) {
		return (text != null) ? cut(text, max) : null;
	}

}
