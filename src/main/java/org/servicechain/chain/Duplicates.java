package org.servicechain.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Finds parties and contacts that look like the same one (REC-1): a similar name
 * ({@link NameSimilarity}), the same mail address whatever its case, or the same phone
 * number in E.164. Parties merged into another are never candidates.
 */
@Component
class Duplicates {

	private final Parties parties;

	private final Contacts contacts;

	Duplicates(Parties parties, Contacts contacts) {
		this.parties = parties;
		this.contacts = contacts;
	}

	List<DuplicateCandidate> ofParty(String name, @Nullable UUID except) {
		return this.parties.findAll()
			.stream()
			.filter((party) -> party.isCustomer() && party.getMergedIntoId() == null && !party.getId().equals(except))
			.filter((party) -> NameSimilarity.similar(name, party.getName()))
			.map((party) -> candidate(party, "similar-name"))
			.toList();
	}

	/**
	 * @param details with email and phone already normalised
	 */
	List<DuplicateCandidate> ofContact(UUID partyId, ContactDetails details, @Nullable UUID except) {
		Map<UUID, DuplicateCandidate> found = new LinkedHashMap<>();
		Map<UUID, String> reasons = new LinkedHashMap<>();
		String emailKey = Contact.emailKey(details.email());
		if (emailKey != null) {
			this.contacts.findByEmailKey(emailKey).forEach((c) -> reasons.putIfAbsent(c.getId(), "same-email"));
		}
		if (details.phone() != null) {
			this.contacts.findByPhone(details.phone()).forEach((c) -> reasons.putIfAbsent(c.getId(), "same-phone"));
		}
		this.contacts.findByPartyIdOrderByName(partyId)
			.stream()
			.filter((c) -> NameSimilarity.similar(details.name(), c.getName()))
			.forEach((c) -> reasons.putIfAbsent(c.getId(), "similar-name"));
		reasons.remove(except);
		if (reasons.isEmpty()) {
			return List.of();
		}
		Map<UUID, Contact> byId = this.contacts.findAllById(reasons.keySet())
			.stream()
			.collect(Collectors.toMap(Contact::getId, Function.identity()));
		Map<UUID, String> partyNames = partyNames();
		reasons.forEach((id, reason) -> {
			Contact contact = byId.get(id);
			if (contact != null) {
				found.put(id, new DuplicateCandidate("contact", id, contact.getName(), contact.getPartyId(),
						partyNames.getOrDefault(contact.getPartyId(), "?"), reason));
			}
		});
		return List.copyOf(found.values());
	}

	/**
	 * Every pair of kept parties with similar names, and every pair of contacts sharing a
	 * mail address or phone number or with similar names at the same party.
	 */
	List<SuspectedDuplicate> suspected() {
		List<SuspectedDuplicate> pairs = new ArrayList<>();
		List<Party> live = this.parties.findAll()
			.stream()
			.filter((party) -> party.getMergedIntoId() == null)
			.sorted(java.util.Comparator.comparing(Party::getName))
			.toList();
		Map<UUID, String> normalised = new HashMap<>();
		live.forEach((party) -> normalised.put(party.getId(), NameSimilarity.normalise(party.getName())));
		org.apache.commons.text.similarity.JaroWinklerSimilarity similarity = new org.apache.commons.text.similarity.JaroWinklerSimilarity();
		List<Party> customers = live.stream().filter(Party::isCustomer).toList();
		for (int i = 0; i < customers.size(); i++) {
			for (int j = i + 1; j < customers.size(); j++) {
				String a = normalised.get(customers.get(i).getId());
				String b = normalised.get(customers.get(j).getId());
				if (!a.isEmpty() && !b.isEmpty() && similarity.apply(a, b) >= NameSimilarity.THRESHOLD) {
					pairs.add(new SuspectedDuplicate(candidate(customers.get(i), "similar-name"),
							candidate(customers.get(j), "similar-name"), "similar-name"));
				}
			}
		}
		Map<UUID, String> partyNames = new HashMap<>();
		live.forEach((party) -> partyNames.put(party.getId(), party.getName()));
		List<Contact> all = this.contacts.findAll()
			.stream()
			.filter((contact) -> partyNames.containsKey(contact.getPartyId()))
			.sorted(java.util.Comparator.comparing(Contact::getName))
			.toList();
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				Contact a = all.get(i);
				Contact b = all.get(j);
				String reason = null;
				if (a.getEmailKey() != null && a.getEmailKey().equals(b.getEmailKey())) {
					reason = "same-email";
				}
				else if (a.getPhone() != null && a.getPhone().equals(b.getPhone())) {
					reason = "same-phone";
				}
				else if (a.getPartyId().equals(b.getPartyId()) && NameSimilarity.similar(a.getName(), b.getName())) {
					reason = "similar-name";
				}
				if (reason != null) {
					pairs.add(new SuspectedDuplicate(candidate(a, partyNames, reason), candidate(b, partyNames, reason),
							reason));
				}
			}
		}
		return pairs;
	}

	private Map<UUID, String> partyNames() {
		return this.parties.findAll().stream().collect(Collectors.toMap(Party::getId, Party::getName));
	}

	private static DuplicateCandidate candidate(Party party, String reason) {
		return new DuplicateCandidate("party", party.getId(), party.getName(), party.getId(), party.getName(), reason);
	}

	private static DuplicateCandidate candidate(Contact contact, Map<UUID, String> partyNames, String reason) {
		return new DuplicateCandidate("contact", contact.getId(), contact.getName(), contact.getPartyId(),
				partyNames.getOrDefault(contact.getPartyId(), "?"), reason);
	}

}
