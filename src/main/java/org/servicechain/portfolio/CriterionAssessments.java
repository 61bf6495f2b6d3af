package org.servicechain.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionAssessments extends JpaRepository<CriterionAssessment, UUID> {

	List<CriterionAssessment> findByPortfolioId(UUID portfolioId);

	Optional<CriterionAssessment> findByPortfolioIdAndCriterionCode(UUID portfolioId, String criterionCode);

}
