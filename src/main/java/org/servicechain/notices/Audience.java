package org.servicechain.notices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.servicechain.chain.ChainAnalysis;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.ContactView;
import org.servicechain.chain.Impact;
import org.servicechain.chain.LinkView;
import org.servicechain.chain.PartyRef;
import org.servicechain.chain.ServiceRef;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.identity.UserView;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;

/**
 * Who a notice concerns, found through the chain: the parties downstream of the party,
 * link or service (the chain analysis' impact), the end-user services that suffer, and
 * the people of each affected party: its contacts (with the channel they prefer) and its
 * portal or team accounts, a contact and an account with the same address being one
 * person. Reads as the system: the caller's right to declare was checked before.
 */
@Component
class Audience {

	private static final Set<Role> PARTY_ROLES = Set.of(Role.CUSTOMER, Role.PARTNER, Role.TEAM_MEMBER);

	private final ChainAnalysis analysis;

	private final ChainManagement chain;

	private final IdentityManagement identity;

	Audience(ChainAnalysis analysis, ChainManagement chain, IdentityManagement identity) {
		this.analysis = analysis;
		this.chain = chain;
		this.identity = identity;
	}

	/**
	 * What the notice is at, and what is downstream of it.
	 *
	 * @param subjectPartyId the party the work is at (a link's provider), if one
	 */
	record Found(String subjectName, @Nullable UUID subjectPartyId, List<PartyRef> parties, List<ServiceRef> services) {

	}

	/**
	 * One person to tell.
	 *
	 * @param key {@code contact:<id>} or {@code user:<username>}
	 * @param username their account, if any
	 * @param preferred the chain channel the contact prefers, if recorded
	 * @param unreachable why they were not reached when the notice was declared (updates
	 * do not try again)
	 */
	record Person(String key, String name, UUID partyId, String partyName, @Nullable UUID contactId,
			@Nullable String username, @Nullable String email, @Nullable String preferred,
			@Nullable String unreachable) {

		boolean contact() {
			return this.contactId != null;
		}

		boolean hasEmail() {
			return this.email != null && !this.email.isBlank();
		}

	}

	/**
	 * @throws InvalidInputException naming {@code subjectId} when there is no such party,
	 * link or service
	 */
	Found find(NoticeSubject subject, UUID subjectId) {
		try {
			return SystemActor.call(() -> switch (subject) {
				case PARTY -> {
					String name = this.chain.partyName(subjectId)
						.orElseThrow(() -> new NotFoundException("Party", subjectId));
					yield found(name, subjectId, this.analysis.impactOfParty(subjectId));
				}
				case LINK -> {
					LinkView link = this.chain.link(subjectId);
					yield found(link.providerName() + " → " + link.consumerName() + ": " + link.serviceName(),
							link.providerId(), this.analysis.impactOfLink(subjectId));
				}
				case SERVICE ->
					found(this.chain.service(subjectId).name(), null, this.analysis.impactOfService(subjectId));
			});
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("subjectId", "unknown",
					"there is no such " + subject.label().toLowerCase(Locale.ROOT) + " in the chain");
		}
	}

	private static Found found(String name, @Nullable UUID partyId, Impact impact) {
		List<PartyRef> parties = impact.downstreamParties()
			.stream()
			.filter((party) -> !party.id().equals(partyId))
			.toList();
		return new Found(name, partyId, parties, impact.affectedServices());
	}

	/**
	 * The people of the affected parties, each once, ordered by party and name.
	 */
	List<Person> people(List<ServiceNotice.Party> parties) {
		List<UserView> users = SystemActor.call(this.identity::users)
			.stream()
			.filter(UserView::enabled)
			.filter((user) -> PARTY_ROLES.contains(user.role()) && user.partyId() != null)
			.toList();
		List<Person> people = new ArrayList<>();
		for (ServiceNotice.Party party : parties) {
			List<UserView> accounts = users.stream().filter((user) -> party.partyId.equals(user.partyId())).toList();
			Map<String, UserView> byEmail = new LinkedHashMap<>();
			accounts.stream()
				.filter((user) -> user.email() != null && !user.email().isBlank())
				.forEach((user) -> byEmail.putIfAbsent(user.email().toLowerCase(Locale.ROOT), user));
			Set<String> matched = new java.util.HashSet<>();
			List<ContactView> contacts = SystemActor.call(() -> this.chain.contacts(party.partyId));
			for (ContactView contact : contacts) {
				UserView account = (contact.email() != null) ? byEmail.get(contact.email().toLowerCase(Locale.ROOT))
						: null;
				if (account != null) {
					matched.add(account.username());
				}
				people.add(new Person("contact:" + contact.id(), contact.name(), party.partyId, party.partyName,
						contact.id(), (account != null) ? account.username() : null, contact.email(),
						(contact.preferredChannel() != null) ? contact.preferredChannel().name() : null, null));
			}
			if (contacts.isEmpty() && accounts.isEmpty()) {
				// Nobody to tell at this party: listed as not reached, never silently
				// left out.
				people.add(new Person("party:" + party.partyId, party.partyName, party.partyId, party.partyName, null,
						null, null, null, "no contact or portal account is recorded for this party"));
			}
			for (UserView account : accounts) {
				if (!matched.contains(account.username())) {
					people.add(new Person("user:" + account.username(), account.displayName(), party.partyId,
							party.partyName, null, account.username(), account.email(), null, null));
				}
			}
		}
		people.sort(Comparator.comparing(Person::partyName).thenComparing(Person::name));
		return people;
	}

}
