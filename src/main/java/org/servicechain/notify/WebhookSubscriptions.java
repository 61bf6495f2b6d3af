package org.servicechain.notify;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookSubscriptions extends JpaRepository<WebhookSubscription, UUID> {

	List<WebhookSubscription> findByActiveTrue();

	List<WebhookSubscription> findAllByOrderByCreatedAt();

}
