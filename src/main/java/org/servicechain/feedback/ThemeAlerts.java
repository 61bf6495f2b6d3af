package org.servicechain.feedback;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeAlerts extends JpaRepository<ThemeAlert, UUID> {

	List<ThemeAlert> findAllByOrderByRaisedAtDesc();

	List<ThemeAlert> findByThemeAndDecisionIdIsNull(String theme);

	long countByDecisionIdIsNull();

}
