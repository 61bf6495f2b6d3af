package org.servicechain.agreements;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Reminders extends JpaRepository<Reminder, UUID> {

	List<Reminder> findByOwnerAndDismissedAtIsNullOrderByReviewOn(String owner);

}
