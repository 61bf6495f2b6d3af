package org.servicechain.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForecastAdjustments extends JpaRepository<ForecastAdjustment, UUID> {

	Optional<ForecastAdjustment> findByServiceIdAndWeekStart(UUID serviceId, LocalDate weekStart);

	List<ForecastAdjustment> findByWeekStartBetween(LocalDate from, LocalDate to);

}
