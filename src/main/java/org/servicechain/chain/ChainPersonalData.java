package org.servicechain.chain;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.servicechain.privacy.DataSubject;
import org.servicechain.privacy.PersonalDataHolder;
import org.servicechain.shared.AuditTrail;

/**
 * The chain's personal data about a person: a contact's details, or a customer party who
 * is a person with the contacts recorded for it (REC-5).
 */
@Component
class ChainPersonalData implements PersonalDataHolder {

	private final Parties parties;

	private final Contacts contacts;

	private final AuditTrail audit;

	ChainPersonalData(Parties parties, Contacts contacts, AuditTrail audit) {
		this.parties = parties;
		this.contacts = contacts;
		this.audit = audit;
	}

	@Override
	public String area() {
		return "chain";
	}

	@Override
	public Set<String> identifiers(DataSubject subject) {
		Set<String> identifiers = new LinkedHashSet<>();
		if (subject.kind() == DataSubject.Kind.CONTACT) {
			this.contacts.findById(subject.id()).ifPresent((contact) -> identifiers.addAll(contact.identifiers()));
		}
		else {
			person(subject).ifPresent((party) -> {
				identifiers.add(party.getName());
				this.contacts.findByPartyIdOrderByName(party.getId())
					.forEach((contact) -> identifiers.addAll(contact.identifiers()));
			});
		}
		return identifiers;
	}

	@Override
	public @Nullable Object export(DataSubject subject, Set<String> identifiers) {
		Map<String, Object> section = new LinkedHashMap<>();
		if (subject.kind() == DataSubject.Kind.CONTACT) {
			Optional<Contact> contact = this.contacts.findById(subject.id());
			if (contact.isEmpty()) {
				return null;
			}
			String partyName = this.parties.findById(contact.get().getPartyId()).map(Party::getName).orElse("");
			section.put("contact", contact.get().toView(partyName, null, Map.of()));
		}
		else {
			Optional<Party> party = person(subject);
			if (party.isEmpty()) {
				return null;
			}
			section.put("customer", party.get().toView());
			section.put("contacts",
					this.contacts.findByPartyIdOrderByName(party.get().getId())
						.stream()
						.map((contact) -> contact.toView(party.get().getName(), null, Map.of()))
						.toList());
		}
		return section;
	}

	@Override
	public List<String> pseudonymise(DataSubject subject, Set<String> identifiers, String pseudonym) {
		if (subject.kind() == DataSubject.Kind.CONTACT) {
			return this.contacts.findById(subject.id()).map((contact) -> {
				pseudonymiseContact(contact, pseudonym);
				return List.of("contact renamed " + pseudonym
						+ "; email, phone, postal address, style and availability removed;"
						+ " role, authority and escalation place kept");
			}).orElse(List.of());
		}
		return person(subject).map((party) -> {
			Map<String, String> before = party.auditSnapshot();
			party.pseudonymise(pseudonym);
			this.parties.saveAndFlush(party);
			this.audit.updated("Party", before, party);
			List<Contact> contacts = this.contacts.findByPartyIdOrderByName(party.getId());
			contacts.forEach((contact) -> pseudonymiseContact(contact, pseudonym));
			return List.of("customer renamed " + pseudonym + ", description removed; kind, links and dates kept",
					contacts.size() + " contacts of the customer pseudonymised");
		}).orElse(List.of());
	}

	private void pseudonymiseContact(Contact contact, String pseudonym) {
		Map<String, String> before = contact.auditSnapshot();
		contact.pseudonymise(pseudonym);
		this.contacts.saveAndFlush(contact);
		this.audit.updated("Contact", before, contact);
	}

	private Optional<Party> person(DataSubject subject) {
		return this.parties.findById(subject.id()).filter((party) -> party.getCustomerType() == CustomerType.PERSON);
	}

}
