package org.servicechain.reviews;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingSeriesRepository extends JpaRepository<MeetingSeries, UUID> {

	@Query("select s from MeetingSeries s order by s.title")
	List<MeetingSeries> findAllByTitle();

	List<MeetingSeries> findByPartyIdOrderByTitle(UUID partyId);

}
