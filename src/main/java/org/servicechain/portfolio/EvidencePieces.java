package org.servicechain.portfolio;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidencePieces extends JpaRepository<EvidencePiece, UUID> {

	List<EvidencePiece> findByPortfolioIdOrderByOccurredAtAscIdAsc(UUID portfolioId);

}
