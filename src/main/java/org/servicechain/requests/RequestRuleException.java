package org.servicechain.requests;

import org.servicechain.shared.InvalidInputException;

/**
 * An arrow of the request or task lifecycle that does not exist, or a rule of the work
 * broken (resolving while tasks are open). Answered like any invalid input: the field and
 * the rule are named, with a sentence saying what to do instead.
 */
class RequestRuleException extends InvalidInputException {

	RequestRuleException(String field, String rule, String message) {
		super(field, rule, message);
	}

}
