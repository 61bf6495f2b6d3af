package org.servicechain.agreements;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Agreements extends JpaRepository<Agreement, UUID> {

	/**
	 * @return how many there are, the sum of their versions and the newest creation:
	 * different whenever one is created, changed or deleted.
	 */
	@org.springframework.data.jpa.repository.Query("select count(e), coalesce(sum(e.version), 0), max(e.createdAt) from Agreement e")
	List<Object[]> changeStamp();

	@Query("select coalesce(max(a.referenceNumber), 1000) from Agreement a")
	int highestReferenceNumber();

	List<Agreement> findAllByOrderByReferenceNumberDesc();

	@Query("select a from Agreement a where a.providerId = ?1 or a.consumerId = ?1 order by a.referenceNumber desc")
	List<Agreement> findInvolving(UUID partyId);

	List<Agreement> findByStatusIn(List<AgreementStatus> statuses);

}
