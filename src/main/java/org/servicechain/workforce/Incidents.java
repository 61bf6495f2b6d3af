package org.servicechain.workforce;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Incidents extends JpaRepository<Incident, UUID> {

	Page<Incident> findByClosedAtIsNullOrderByOpenedAtDesc(Pageable page);

	Page<Incident> findAllByOrderByOpenedAtDesc(Pageable page);

}
