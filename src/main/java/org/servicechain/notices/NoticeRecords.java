package org.servicechain.notices;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRecords extends JpaRepository<ServiceNotice, UUID> {

	@Query("select coalesce(max(n.referenceNumber), 0) from ServiceNotice n")
	long highestReferenceNumber();

	Page<ServiceNotice> findAllByOrderByStartsAtDesc(Pageable pageable);

	Page<ServiceNotice> findByClearedAtIsNullOrderByStartsAtDesc(Pageable pageable);

	@Query(value = "select n from ServiceNotice n where (:current = false or n.clearedAt is null) and "
			+ "(n.subjectPartyId = :party or exists (select 1 from ServiceNotice m join m.parties p "
			+ "where m = n and p.partyId = :party)) order by n.startsAt desc",
			countQuery = "select count(n) from ServiceNotice n where (:current = false or n.clearedAt is null) and "
					+ "(n.subjectPartyId = :party or exists (select 1 from ServiceNotice m join m.parties p "
					+ "where m = n and p.partyId = :party))")
	Page<ServiceNotice> findConcerning(@Param("party") UUID partyId, @Param("current") boolean currentOnly,
			Pageable pageable);

	@Query("select n from ServiceNotice n join n.parties p where p.partyId = :party and n.clearedAt is null")
	java.util.List<ServiceNotice> findRunningAffecting(@Param("party") UUID partyId);

	/**
	 * @return the notices naming a party anywhere: as the subject, the party the work is
	 * at, or among those affected.
	 */
	@Query("select n from ServiceNotice n where n.subjectPartyId = :party"
			+ " or (n.subject = org.servicechain.notices.NoticeSubject.PARTY and n.subjectId = :party)"
			+ " or exists (select 1 from ServiceNotice m join m.parties p where m = n and p.partyId = :party)")
	java.util.List<ServiceNotice> findNaming(@Param("party") UUID partyId);

	Optional<ServiceNotice> findFirstByOriginIdOrderByDeclaredAtDesc(UUID originId);

}
