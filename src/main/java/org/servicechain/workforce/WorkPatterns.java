package org.servicechain.workforce;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPatterns extends JpaRepository<WorkPattern, UUID> {

	Optional<WorkPattern> findByUsername(String username);

}
