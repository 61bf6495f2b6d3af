package org.servicechain.feedback;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeDecisions extends JpaRepository<ThemeDecision, UUID> {

	List<ThemeDecision> findAllByOrderByDecidedAtDesc();

}
