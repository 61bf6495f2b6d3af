package org.servicechain.workforce;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Absences extends JpaRepository<Absence, UUID> {

	/**
	 * Approved absences around a day whose work has not been moved, for the scheduled
	 * move at their start (each is then checked against its person's own today).
	 */
	@Query("select a from Absence a where a.status = org.servicechain.workforce.AbsenceStatus.APPROVED"
			+ " and a.workMovedAt is null and a.startsOn <= ?2 and a.endsOn >= ?1 order by a.startsOn, a.username")
	List<Absence> unmovedBetween(LocalDate from, LocalDate to);

	List<Absence> findByUsernameOrderByStartsOnDesc(String username);

	@Query("select a from Absence a where a.username = ?1 and a.status in ?2 and a.startsOn <= ?4 and a.endsOn >= ?3")
	List<Absence> overlapping(String username, Collection<AbsenceStatus> statuses, LocalDate from, LocalDate to);

	@Query("select a from Absence a where a.status in ?1 and a.startsOn <= ?3 and a.endsOn >= ?2 order by a.startsOn, a.username")
	List<Absence> within(Collection<AbsenceStatus> statuses, LocalDate from, LocalDate to);

	List<Absence> findByStatusOrderByStartsOn(AbsenceStatus status);

}
