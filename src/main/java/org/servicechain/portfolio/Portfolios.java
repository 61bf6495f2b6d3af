package org.servicechain.portfolio;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Portfolios extends JpaRepository<Portfolio, UUID> {

	Optional<Portfolio> findByOwnerId(UUID ownerId);

	Page<Portfolio> findByAssessorId(UUID assessorId, Pageable pageable);

}
