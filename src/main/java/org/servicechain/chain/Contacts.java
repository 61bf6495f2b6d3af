package org.servicechain.chain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Contacts extends JpaRepository<Contact, UUID> {

	List<Contact> findByPartyIdOrderByName(UUID partyId);

	List<Contact> findByPartyIdIn(Collection<UUID> partyIds);

	List<Contact> findByEmailKey(String emailKey);

	List<Contact> findByPhone(String phone);

	boolean existsByReportsToId(UUID contactId);

	boolean existsByPartyId(UUID partyId);

	/**
	 * The contacts of parties not merged into another that could be a suspected duplicate
	 * (REC-1): those sharing a mail address or a phone number with another such contact,
	 * and those whose party has another contact. Narrowed by the database (the address
	 * and number are indexed), read as five columns rather than whole contacts.
	 */
	@Query("""
			select c.id as id, c.name as name, c.partyId as partyId, c.emailKey as emailKey, c.phone as phone
			from Contact c where c.partyId in (select p.id from Party p where p.mergedIntoId is null) and (
			  c.emailKey in (select e.emailKey from Contact e where e.emailKey is not null
			    and e.partyId in (select p.id from Party p where p.mergedIntoId is null)
			    group by e.emailKey having count(e) > 1)
			  or c.phone in (select f.phone from Contact f where f.phone is not null
			    and f.partyId in (select p.id from Party p where p.mergedIntoId is null)
			    group by f.phone having count(f) > 1)
			  or c.partyId in (select g.partyId from Contact g group by g.partyId having count(g) > 1))
			""")
	List<ContactKeys> findDuplicateCandidates();

	/** What duplicate detection compares of a contact. */
	interface ContactKeys {

		UUID getId();

		String getName();

		UUID getPartyId();

		@Nullable String getEmailKey();

		@Nullable String getPhone();

	}

}
