package org.servicechain.workforce;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Absences extends JpaRepository<Absence, UUID> {

	List<Absence> findByUsernameOrderByStartsOnDesc(String username);

	@Query("select a from Absence a where a.username = ?1 and a.status in ?2 and a.startsOn <= ?4 and a.endsOn >= ?3")
	List<Absence> overlapping(String username, Collection<AbsenceStatus> statuses, LocalDate from, LocalDate to);

	@Query("select a from Absence a where a.status in ?1 and a.startsOn <= ?3 and a.endsOn >= ?2 order by a.startsOn, a.username")
	List<Absence> within(Collection<AbsenceStatus> statuses, LocalDate from, LocalDate to);

	List<Absence> findByStatusOrderByStartsOn(AbsenceStatus status);

}
