package org.servicechain.chain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Parties extends JpaRepository<Party, UUID> {

	boolean existsByNameKey(String nameKey);

	boolean existsByNameKeyAndIdNot(String nameKey, UUID id);

	@Query("""
			select p from Party p
			where (:kind is null or p.kind = :kind)
			  and (:internal is null or p.internal = :internal)
			  and (:text is null or p.nameKey like concat('%', :text, '%'))
			""")
	Page<Party> search(@Param("kind") @Nullable PartyKind kind, @Param("internal") @Nullable Boolean internal,
			@Param("text") @Nullable String text, Pageable pageable);

	List<Party> findByIdIn(Collection<UUID> ids);

	long countByKind(PartyKind kind);

}
