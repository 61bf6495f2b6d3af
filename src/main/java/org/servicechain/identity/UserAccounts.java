package org.servicechain.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccounts extends JpaRepository<UserAccount, UUID> {

	/**
	 * @param username the canonical name ({@link LoginNames#canonical}); compared
	 * exactly.
	 */
	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByRole(Role role);

	List<UserAccount> findAllByOrderByUsername();

	List<UserAccount> findByPartyIdOrderByUsername(UUID partyId);

	List<UserAccount> findByEmailIgnoreCase(String email);

}
