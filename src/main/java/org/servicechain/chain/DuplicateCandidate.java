package org.servicechain.chain;

import java.util.UUID;

/**
 * A record that may be the same party or person as the one being created or imported
 * (REC-1).
 *
 * @param kind {@code party} or {@code contact}
 * @param partyId the party itself, or the contact's party
 * @param reason why it looks the same: {@code similar-name}, {@code same-email} or
 * {@code same-phone}
 */
public record DuplicateCandidate(String kind, UUID id, String name, UUID partyId, String partyName, String reason) {

}
