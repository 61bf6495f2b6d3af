package org.servicechain.chain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Parties extends JpaRepository<Party, UUID>, JpaSpecificationExecutor<Party> {

	/**
	 * @return how many there are, the sum of their versions and the newest creation:
	 * different whenever one is created, changed or deleted.
	 */
	@org.springframework.data.jpa.repository.Query("select count(e), coalesce(sum(e.version), 0), max(e.createdAt) from Party e")
	List<Object[]> changeStamp();

	boolean existsByNameKey(String nameKey);

	/**
	 * The id and name of every party of a kind not merged into another, in name order:
	 * what a new customer's name is compared with on every create, without loading whole
	 * parties and their collections.
	 */
	List<PartyName> findByKindAndMergedIntoIdIsNullOrderByName(PartyKind kind);

	/** A party's id and name only. */
	interface PartyName {

		UUID getId();

		String getName();

	}

	/**
	 * The id and name of the parties with these ids that were not merged into another.
	 */
	List<PartyName> findByIdInAndMergedIntoIdIsNull(Collection<UUID> ids);

	java.util.Optional<Party> findByNameKey(String nameKey);

	boolean existsByNameKeyAndIdNot(String nameKey, UUID id);

	/**
	 * Parties matching the filters that are given. Built as criteria rather than one
	 * query with "or :x is null", because PostgreSQL cannot infer the type of a null
	 * parameter there.
	 */
	default Page<Party> search(@Nullable PartyKind kind, @Nullable Boolean internal, @Nullable String text,
			Pageable pageable) {
		Specification<Party> filter = Specification.unrestricted();
		if (kind != null) {
			filter = filter.and((party, query, criteria) -> criteria.equal(party.get("kind"), kind));
		}
		if (internal != null) {
			filter = filter.and((party, query, criteria) -> criteria.equal(party.get("internal"), internal));
		}
		if (text != null) {
			String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			filter = filter.and((party, query, criteria) -> criteria.like(party.get("nameKey"), pattern, '\\'));
		}
		return findAll(filter, pageable);
	}

	List<Party> findByIdIn(Collection<UUID> ids);

	long countByKind(PartyKind kind);

}
