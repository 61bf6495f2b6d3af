package org.servicechain.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokens extends JpaRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

	/**
	 * Records a use of the token without changing its version, so that concurrent calls
	 * with one token (and a revocation meanwhile) do not fail on optimistic locking.
	 */
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
	void recordUse(@Param("id") UUID id, @Param("now") Instant now);

}
