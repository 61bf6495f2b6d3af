package org.servicechain.feedback;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImprovementActions extends JpaRepository<ImprovementAction, UUID> {

	List<ImprovementAction> findAllByOrderByStartedAtDesc();

}
