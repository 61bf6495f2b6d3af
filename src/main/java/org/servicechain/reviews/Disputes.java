package org.servicechain.reviews;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Disputes extends JpaRepository<Dispute, UUID> {

	List<Dispute> findTop50ByPartyIdOrderByRaisedAtDesc(UUID partyId);

	long countByAnswerIsNull();

}
