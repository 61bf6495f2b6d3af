package org.servicechain.shared;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Turns the API's {@code page} and {@code size} parameters into a page request, with the
 * rules every collection shares: pages start at 0, size is between 1 and 200, and the
 * first record of the page must lie within what a database can skip (a page number of two
 * billion is refused, not passed on to overflow). Out-of-range paging is a malformed
 * request: 400 naming the field, on the API and on pages.
 */
public final class Paging {

	public static final int MAX_SIZE = 200;

	private Paging() {
	}

	public static PageRequest of(int page, int size, Sort sort) {
		check(page, size);
		return PageRequest.of(page, size, sort);
	}

	/**
	 * One page of a list already in memory, with the same rules as {@link #of}.
	 */
	public static <T> PageResponse<T> slice(List<T> all, int page, int size) {
		check(page, size);
		int from = (int) Math.min((long) page * size, all.size());
		int to = (int) Math.min((long) from + size, all.size());
		return new PageResponse<>(all.subList(from, to), page, size, all.size(),
				(int) ((all.size() + (long) size - 1) / size));
	}

	private static void check(int page, int size) {
		if (page < 0) {
			throw new OutOfRangeException("page", "min", "page must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new OutOfRangeException("size", "range", "size must be between 1 and " + MAX_SIZE);
		}
		if ((long) page * size + size > Integer.MAX_VALUE) {
			throw new OutOfRangeException("page", "range",
					"page must be at most " + (Integer.MAX_VALUE / size - 1) + " for size " + size);
		}
	}

	/**
	 * Paging parameters out of range: a malformed request (400), naming the field.
	 */
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	public static class OutOfRangeException extends InvalidInputException {

		OutOfRangeException(String field, String rule, String message) {
			super(field, rule, message);
		}

	}

}
