package org.servicechain.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportSchedules extends JpaRepository<ReportSchedule, UUID> {

	List<ReportSchedule> findByUsernameOrderByCreatedAt(String username);

	long countByUsername(String username);

	@Query("select s.id from ReportSchedule s where s.nextRunAt <= :now order by s.nextRunAt")
	List<UUID> dueAt(@Param("now") Instant now);

}
