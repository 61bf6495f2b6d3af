package org.servicechain.agreements;

import org.servicechain.shared.InvalidInputException;

/**
 * An arrow of the agreement lifecycle that does not exist, or a rule of negotiation
 * broken (e.g. editing agreed terms). Answered like any invalid input: the field and the
 * rule are named.
 */
class AgreementRuleException extends InvalidInputException {

	AgreementRuleException(String field, String rule, String message) {
		super(field, rule, message);
	}

}
