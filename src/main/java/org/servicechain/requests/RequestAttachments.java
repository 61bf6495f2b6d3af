package org.servicechain.requests;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestAttachments extends JpaRepository<RequestAttachment, UUID> {

	List<RequestAttachment> findByMessageIdIn(Collection<UUID> messageIds);

}
