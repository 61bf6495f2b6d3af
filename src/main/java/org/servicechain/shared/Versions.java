package org.servicechain.shared;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;

/**
 * Optimistic concurrency over HTTP (REQ-7): every record's GET answers an {@code ETag} of
 * its version, and every PUT or DELETE must send that version back in {@code If-Match}. A
 * missing header is refused with 428; a stale one with 409 listing what changed since.
 */
public final class Versions {

	private Versions() {
	}

	public static long fromIfMatch(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		String value = ifMatch.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("If-Match", "version",
					"If-Match must be the ETag of the version you edited, e.g. \"3\"");
		}
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	public static <T> ResponseEntity<T> ok(long version, T body) {
		return ResponseEntity.ok().eTag(etag(version)).body(body);
	}

	/**
	 * An update or delete came without {@code If-Match}: answered with 428 Precondition
	 * Required.
	 */
	public static class PreconditionRequiredException extends RuntimeException {

		PreconditionRequiredException() {
			super("Send the version you edited in If-Match (the ETag of your GET), so that nobody's change is overwritten");
		}

	}

}
