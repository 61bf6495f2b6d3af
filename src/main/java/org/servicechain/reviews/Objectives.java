package org.servicechain.reviews;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Objectives extends JpaRepository<Objective, UUID> {

	List<Objective> findByPersonOrderByDeadlineAsc(String person);

	List<Objective> findByPartyIdOrderByDeadlineAsc(UUID partyId);

	List<Objective> findAllByOrderByDeadlineAsc();

}
