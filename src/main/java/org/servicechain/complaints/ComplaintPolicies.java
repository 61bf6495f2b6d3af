package org.servicechain.complaints;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintPolicies extends JpaRepository<ComplaintPolicyVersion, UUID> {

	Optional<ComplaintPolicyVersion> findTopByOrderByNumberDesc();

	org.springframework.data.domain.Page<ComplaintPolicyVersion> findAllBy(
			org.springframework.data.domain.Pageable pageable);

}
