package org.servicechain.reviews;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingComments extends JpaRepository<MeetingComment, UUID> {

	List<MeetingComment> findByMeetingIdOrderByCreatedAtAsc(UUID meetingId);

}
