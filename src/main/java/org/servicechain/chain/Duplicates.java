package org.servicechain.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Comparator;
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

	/**
	 * The kept customers with a name like this one. Called on every create, so it reads
	 * only the id and name of kept customers, not whole parties. The names are not
	 * narrowed further in the database: Jaro-Winkler finds names alike that share no
	 * prefix, so a prefix query would miss some.
	 */
	List<DuplicateCandidate> ofParty(String name, @Nullable UUID except) {
		String normalised = NameSimilarity.normalise(name);
		return this.parties.findByKindAndMergedIntoIdIsNullOrderByName(PartyKind.CUSTOMER)
			.stream()
			.filter((party) -> !party.getId().equals(except))
			.filter((party) -> NameSimilarity.ofNormalised(normalised,
					NameSimilarity.normalise(party.getName())) >= NameSimilarity.THRESHOLD)
			.map((party) -> new DuplicateCandidate("party", party.getId(), party.getName(), party.getId(),
					party.getName(), "similar-name"))
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
		Map<UUID, String> partyNames = this.parties
			.findAllById(byId.values().stream().map(Contact::getPartyId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Party::getId, Party::getName));
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
	 * Every pair of kept customers with similar names, and every pair of contacts sharing
	 * a mail address or phone number or with similar names at the same party. Contacts
	 * are grouped by address, number and party first, so only those that could match are
	 * compared: not every contact with every other.
	 */
	List<SuspectedDuplicate> suspected() {
		List<SuspectedDuplicate> pairs = new ArrayList<>();
		List<Party> live = this.parties.findAll()
			.stream()
			.filter((party) -> party.getMergedIntoId() == null)
			.sorted(Comparator.comparing(Party::getName))
			.toList();
		List<Party> customers = live.stream().filter(Party::isCustomer).toList();
		List<String> names = customers.stream().map((party) -> NameSimilarity.normalise(party.getName())).toList();
		for (int i = 0; i < customers.size(); i++) {
			for (int j = i + 1; j < customers.size(); j++) {
				if (NameSimilarity.ofNormalised(names.get(i), names.get(j)) >= NameSimilarity.THRESHOLD) {
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
			.sorted(Comparator.comparing(Contact::getName))
			.toList();
		// Each pair once, under the first reason found (email, then phone, then name).
		Set<List<UUID>> seen = new HashSet<>();
		Map<String, Function<Contact, @Nullable String>> keys = new LinkedHashMap<>();
		keys.put("same-email", Contact::getEmailKey);
		keys.put("same-phone", Contact::getPhone);
		keys.forEach((reason, key) -> groups(all, key)
			.forEach((group) -> pairUp(group, reason, (a, b) -> true, seen, partyNames, pairs)));
		groups(all, (contact) -> contact.getPartyId().toString()).forEach((group) -> {
			List<String> normalised = group.stream()
				.map((contact) -> NameSimilarity.normalise(contact.getName()))
				.toList();
			pairUp(group, "similar-name", (i,
					j) -> NameSimilarity.ofNormalised(normalised.get(i), normalised.get(j)) >= NameSimilarity.THRESHOLD,
					seen, partyNames, pairs);
		});
		return pairs;
	}

	/** The contacts sharing a key, in groups of two or more, in name order. */
	private static java.util.Collection<List<Contact>> groups(List<Contact> contacts,
			Function<Contact, @Nullable String> key) {
		Map<String, List<Contact>> groups = new LinkedHashMap<>();
		for (Contact contact : contacts) {
			String value = key.apply(contact);
			if (value != null && !value.isBlank()) {
				groups.computeIfAbsent(value, (k) -> new ArrayList<>()).add(contact);
			}
		}
		return groups.values().stream().filter((group) -> group.size() > 1).toList();
	}

	private static void pairUp(List<Contact> group, String reason,
			java.util.function.BiPredicate<Integer, Integer> alike, Set<List<UUID>> seen, Map<UUID, String> partyNames,
			List<SuspectedDuplicate> pairs) {
		for (int i = 0; i < group.size(); i++) {
			for (int j = i + 1; j < group.size(); j++) {
				Contact a = group.get(i);
				Contact b = group.get(j);
				if (alike.test(i, j) && seen.add(List.of(a.getId(), b.getId()))) {
					pairs.add(new SuspectedDuplicate(candidate(a, partyNames, reason), candidate(b, partyNames, reason),
							reason));
				}
			}
		}
	}

	private static DuplicateCandidate candidate(Party party, String reason) {
		return new DuplicateCandidate("party", party.getId(), party.getName(), party.getId(), party.getName(), reason);
	}

	private static DuplicateCandidate candidate(Contact contact, Map<UUID, String> partyNames, String reason) {
		return new DuplicateCandidate("contact", contact.getId(), contact.getName(), contact.getPartyId(),
				partyNames.getOrDefault(contact.getPartyId(), "?"), reason);
	}

}
