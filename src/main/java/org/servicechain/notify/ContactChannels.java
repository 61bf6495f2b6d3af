package org.servicechain.notify;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.servicechain.chain.ChainManagement;
import org.servicechain.identity.SystemActor;
import org.servicechain.notify.Audiences.Person;

/**
 * How a person hears of an event they made no choice about: the channel the chain records
 * their contact prefers (CHAIN-5), where their account is a contact of the chain (the
 * same party and mail address, as service notices match them). Servicechain tells by mail
 * and in the application only; as for service notices, a contact who prefers the
 * telephone, a chat, a visit or a letter is told by mail, the closest of the two, and one
 * who prefers the portal in the application. A person's own preference for an event
 * always wins over this.
 */
@Component
class ContactChannels {

	private final ChainManagement chain;

	ContactChannels(ChainManagement chain) {
		this.chain = chain;
	}

	/**
	 * @return the channel the person's contact record asks for, or empty when they are no
	 * contact of the chain or the contact prefers nothing.
	 */
	Optional<Channel> preferredBy(Person person) {
		return preferredBy(person.partyId(), person.email());
	}

	Optional<Channel> preferredBy(@Nullable UUID partyId, @Nullable String email) {
		if (partyId == null || email == null || email.isBlank()) {
			return Optional.empty();
		}
		return SystemActor.call(() -> this.chain.contactsWithEmail(email))
			.stream()
			.filter((contact) -> partyId.equals(contact.partyId()) && contact.preferredChannel() != null)
			.map((contact) -> channelFor(contact.preferredChannel()))
			.findFirst();
	}

	/**
	 * @return how notify tells a contact who prefers the given chain channel
	 */
	static Channel channelFor(org.servicechain.chain.Channel preferred) {
		return (preferred == org.servicechain.chain.Channel.PORTAL) ? Channel.IN_APP : Channel.MAIL;
	}

}
