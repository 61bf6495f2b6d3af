package org.servicechain.chain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Contacts extends JpaRepository<Contact, UUID> {

	List<Contact> findByPartyIdOrderByName(UUID partyId);

	List<Contact> findByPartyIdIn(Collection<UUID> partyIds);

	List<Contact> findByEmailKey(String emailKey);

	List<Contact> findByPhone(String phone);

	boolean existsByReportsToId(UUID contactId);

	boolean existsByPartyId(UUID partyId);

}
