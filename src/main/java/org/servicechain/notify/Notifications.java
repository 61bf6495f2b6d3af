package org.servicechain.notify;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Notifications extends JpaRepository<Notification, UUID> {

	Page<Notification> findByRecipientOrderByCreatedAtDesc(String recipient, Pageable page);

	Page<Notification> findByRecipientAndReadAtIsNullOrderByCreatedAtDesc(String recipient, Pageable page);

	long countByRecipientAndReadAtIsNull(String recipient);

	@Modifying
	@Query("update Notification n set n.readAt = :at, n.version = n.version + 1 where n.recipient = :recipient and n.readAt is null")
	int markAllRead(String recipient, Instant at);

}
