package org.servicechain.requests;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestNotices extends JpaRepository<RequestNotice, UUID> {

	List<RequestNotice> findTop50ByRecipientAndDismissedAtIsNullOrderByCreatedAtDesc(String recipient);

	long countByRecipientAndDismissedAtIsNull(String recipient);

}
