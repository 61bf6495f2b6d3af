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
	 * The kept customers with a name like this one. Called on every create and for every
	 * row of an import, so it reads only the id and name of kept customers, not whole
	 * parties, and compares with Jaro-Winkler only the names sharing a {@link NameBlocks}
	 * block with this one, as {@link #suspected()} does (the rest are rejected after a
	 * few map look-ups), so both find the same customers alike. The names are not
	 * narrowed in the database: the normalisation behind the blocks is not portable SQL.
	 */
	List<DuplicateCandidate> ofParty(String name, @Nullable UUID except) {
		String normalised = NameSimilarity.normalise(name);
		Set<String> blocks = NameBlocks.keys(normalised);
		return this.parties.findByKindAndMergedIntoIdIsNullOrderByName(PartyKind.CUSTOMER)
			.stream()
			.filter((party) -> !party.getId().equals(except))
			.filter((party) -> alike(normalised, blocks, NameSimilarity.normalise(party.getName())))
			.map(Duplicates::candidate)
			.toList();
	}

	private static boolean alike(String normalised, Set<String> blocks, String other) {
		return NameBlocks.sharesBlock(blocks, other)
				&& NameSimilarity.ofNormalised(normalised, other) >= NameSimilarity.THRESHOLD;
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
	 * a mail address or phone number or with similar names at the same party; in name
	 * order, customers first, then contacts by address, number and name, each pair once
	 * under the first reason found.
	 * <p>
	 * Made to scale with the number of parties and contacts: nothing is read whole, and
	 * nothing is compared with everything.
	 * <ul>
	 * <li>Customers: only the id and name of the kept ones are read, and
	 * {@link NameBlocks} puts them into blocks by their words and their first and last
	 * letters, so Jaro-Winkler compares only names sharing a block, not every pair. The
	 * normalisation (accents, legal forms) is not portable SQL, so the blocking keys are
	 * made in Java from the names read.</li>
	 * <li>Contacts: the database returns only the contacts that can be in a pair, those
	 * whose address or number (both indexed) another kept contact has too, or whose party
	 * has another contact, as five columns; names are then compared only within a
	 * party.</li>
	 * </ul>
	 */
	List<SuspectedDuplicate> suspected() {
		List<SuspectedDuplicate> pairs = new ArrayList<>();
		List<Parties.PartyName> customers = this.parties.findByKindAndMergedIntoIdIsNullOrderByName(PartyKind.CUSTOMER)
			.stream()
			.sorted(Comparator.comparing(Parties.PartyName::getName))
			.toList();
		List<String> names = customers.stream().map((party) -> NameSimilarity.normalise(party.getName())).toList();
		for (int[] pair : NameBlocks.candidatePairs(names)) {
			if (NameSimilarity.ofNormalised(names.get(pair[0]), names.get(pair[1])) >= NameSimilarity.THRESHOLD) {
				pairs.add(new SuspectedDuplicate(candidate(customers.get(pair[0])), candidate(customers.get(pair[1])),
						"similar-name"));
			}
		}
		List<Contacts.ContactKeys> all = this.contacts.findDuplicateCandidates()
			.stream()
			.sorted(Comparator.comparing(Contacts.ContactKeys::getName))
			.toList();
		Map<UUID, String> partyNames = new HashMap<>();
		this.parties
			.findByIdInAndMergedIntoIdIsNull(
					all.stream().map(Contacts.ContactKeys::getPartyId).collect(Collectors.toSet()))
			.forEach((party) -> partyNames.put(party.getId(), party.getName()));
		// Each pair once, under the first reason found (email, then phone, then name).
		Set<List<UUID>> seen = new HashSet<>();
		Map<String, Function<Contacts.ContactKeys, @Nullable String>> keys = new LinkedHashMap<>();
		keys.put("same-email", Contacts.ContactKeys::getEmailKey);
		keys.put("same-phone", Contacts.ContactKeys::getPhone);
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
	private static java.util.Collection<List<Contacts.ContactKeys>> groups(List<Contacts.ContactKeys> contacts,
			Function<Contacts.ContactKeys, @Nullable String> key) {
		Map<String, List<Contacts.ContactKeys>> groups = new LinkedHashMap<>();
		for (Contacts.ContactKeys contact : contacts) {
			String value = key.apply(contact);
			if (value != null && !value.isBlank()) {
				groups.computeIfAbsent(value, (k) -> new ArrayList<>()).add(contact);
			}
		}
		return groups.values().stream().filter((group) -> group.size() > 1).toList();
	}

	private static void pairUp(List<Contacts.ContactKeys> group, String reason,
			java.util.function.BiPredicate<Integer, Integer> alike, Set<List<UUID>> seen, Map<UUID, String> partyNames,
			List<SuspectedDuplicate> pairs) {
		for (int i = 0; i < group.size(); i++) {
			for (int j = i + 1; j < group.size(); j++) {
				Contacts.ContactKeys a = group.get(i);
				Contacts.ContactKeys b = group.get(j);
				if (alike.test(i, j) && seen.add(List.of(a.getId(), b.getId()))) {
					pairs.add(new SuspectedDuplicate(candidate(a, partyNames, reason), candidate(b, partyNames, reason),
							reason));
				}
			}
		}
	}

	private static DuplicateCandidate candidate(Parties.PartyName party) {
		return new DuplicateCandidate("party", party.getId(), party.getName(), party.getId(), party.getName(),
				"similar-name");
	}

	private static DuplicateCandidate candidate(Contacts.ContactKeys contact, Map<UUID, String> partyNames,
			String reason) {
		return new DuplicateCandidate("contact", contact.getId(), contact.getName(), contact.getPartyId(),
				partyNames.getOrDefault(contact.getPartyId(), "?"), reason);
	}

}
