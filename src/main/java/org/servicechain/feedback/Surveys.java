package org.servicechain.feedback;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Surveys extends JpaRepository<Survey, UUID> {

	List<Survey> findAllByOrderByCreatedAtAsc();

}
