package org.servicechain.feedback;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackComments extends JpaRepository<FeedbackComment, UUID> {

	List<FeedbackComment> findAllByOrderByRecordedAtDesc();

}
