package org.servicechain.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record does not exist, or the caller may not see it (both answer 404 so that
 * existence does not leak). The API answers it as problem+json ({@code ApiProblems});
 * pages, which have no such advice, answer it with the 404 error page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private final String entityType;

	public NotFoundException(String entityType, Object id) {
		super(entityType + " " + id + " was not found");
		this.entityType = entityType;
	}

	public String getEntityType() {
		return this.entityType;
	}

}
