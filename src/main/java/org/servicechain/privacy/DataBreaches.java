package org.servicechain.privacy;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DataBreaches extends JpaRepository<DataBreach, UUID> {

	Page<DataBreach> findByStatusIn(Collection<BreachStatus> statuses, Pageable pageable);

	List<DataBreach> findByStatusOrderByAwareAtAsc(BreachStatus status);

}
