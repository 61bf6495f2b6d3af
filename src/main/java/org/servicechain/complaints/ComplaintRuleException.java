package org.servicechain.complaints;

import org.servicechain.shared.InvalidInputException;

/**
 * A step taken out of order, or a remedy beyond someone's authority: names the field and
 * the rule like every invalid input.
 */
class ComplaintRuleException extends InvalidInputException {

	ComplaintRuleException(String field, String rule, String message) {
		super(field, rule, message);
	}

}
