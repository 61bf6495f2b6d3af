package org.servicechain.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccounts extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	boolean existsByRole(Role role);

	List<UserAccount> findAllByOrderByUsername();

	List<UserAccount> findByPartyIdOrderByUsername(UUID partyId);

}
