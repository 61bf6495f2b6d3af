package org.servicechain.requests;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgentProfiles extends JpaRepository<AgentProfile, UUID> {

	Optional<AgentProfile> findByUsername(String username);

}
