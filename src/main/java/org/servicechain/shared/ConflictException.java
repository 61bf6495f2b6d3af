package org.servicechain.shared;

/**
 * A command that conflicts with the current state of the system, e.g. deleting a party
 * that still has links. Answered with HTTP 409.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
