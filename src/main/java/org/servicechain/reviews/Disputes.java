package org.servicechain.reviews;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Disputes extends JpaRepository<Dispute, UUID> {

	List<Dispute> findTop50ByPartyIdOrderByRaisedAtDesc(UUID partyId);

	long countByAnswerIsNull();

	/**
	 * @return party id and how many of its disputes wait for an answer
	 */
	@org.springframework.data.jpa.repository.Query("select d.partyId, count(d) from Dispute d where d.answer is null group by d.partyId")
	List<Object[]> countOpenByParty();

}
