package org.servicechain.reporting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportPins extends JpaRepository<ReportPin, UUID> {

	List<ReportPin> findByUsernameOrderByCreatedAt(String username);

	long countByUsername(String username);

}
