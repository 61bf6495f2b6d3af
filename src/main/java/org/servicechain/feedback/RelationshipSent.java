package org.servicechain.feedback;

import java.util.UUID;

/**
 * A relationship survey was sent to a party's people (FB-1, PM-2).
 *
 * @param invited how many people were asked
 */
public record RelationshipSent(UUID surveyId, UUID partyId, String partyName, int invited) {

}
