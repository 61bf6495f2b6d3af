package org.servicechain.requests;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedViews extends JpaRepository<SavedView, UUID> {

	List<SavedView> findByOwnerOrderByName(String owner);

	boolean existsByOwnerAndName(String owner, String name);

}
