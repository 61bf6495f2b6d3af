package org.servicechain.improvement;

import org.servicechain.shared.InvalidInputException;

/**
 * An audit was asked to do what its state does not allow (complete with items unanswered,
 * record results on a cancelled one): 422 naming the rule, a message on the page.
 */
class AuditRuleException extends InvalidInputException {

	AuditRuleException(String field, String rule, String message) {
		super(field, rule, message);
	}

}
