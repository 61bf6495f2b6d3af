package org.servicechain.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * What identity needs to know of parties without depending on the chain module: whether a
 * party exists and what it is called. The chain module provides the bean (keycloak's SPI
 * idea done with a plain Spring bean).
 */
public interface PartyDirectory {

	/**
	 * @return the party's name, or empty when there is no such party.
	 */
	Optional<String> partyName(UUID partyId);

	/**
	 * @return every party's name by id, in name order, for choosing the party a portal
	 * user or team member belongs to.
	 */
	java.util.Map<UUID, String> partyNames();

}
