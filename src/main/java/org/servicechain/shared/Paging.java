package org.servicechain.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Turns the API's {@code page} and {@code size} parameters into a page request, with the
 * rules every collection shares: pages start at 0, size is between 1 and 200.
 */
public final class Paging {

	public static final int MAX_SIZE = 200;

	private Paging() {
	}

	public static PageRequest of(int page, int size, Sort sort) {
		if (page < 0) {
			throw new InvalidInputException("page", "min", "page must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("size", "range", "size must be between 1 and " + MAX_SIZE);
		}
		return PageRequest.of(page, size, sort);
	}

}
