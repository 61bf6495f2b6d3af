package org.servicechain.chain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.ConflictException;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;

/**
 * Merges a duplicate customer party into the one that stays (REC-1), all in one
 * transaction, so nothing is half-moved:
 * <ul>
 * <li>here: its contacts, relationship log and links to services;</li>
 * <li>identity: the user accounts (portal logins) acting for it, through
 * {@link IdentityManagement#moveUsersOfParty}, because identity sits upstream of chain
 * and cannot listen to a chain event;</li>
 * <li>every module downstream that keeps party ids, through {@link PartiesMerged}:
 * requests, complaints, surveys and answers, agreements, review meetings, objectives and
 * disputes, contingency procedures and incidents, service notices, and the audits of
 * it.</li>
 * </ul>
 * The duplicate is kept, marked as merged into the survivor; both get an audit entry, and
 * every record moved gets its own.
 * <p>
 * Its own class rather than part of {@link ChainManagement}: the identity facade it calls
 * collects every {@code PartyDirectory}, which ChainManagement is, so ChainManagement
 * cannot depend on identity's facade without a cycle.
 */
@Service
public class MergingParties {

	private final Parties parties;

	private final Links links;

	private final Contacts contacts;

	private final RelationshipEntries relationshipEntries;

	private final ChainAccessPolicy policy;

	private final AuditTrail audit;

	private final IdentityManagement identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MergingParties(Parties parties, Links links, Contacts contacts, RelationshipEntries relationshipEntries,
			ChainAccessPolicy policy, AuditTrail audit, IdentityManagement identity, ApplicationEventPublisher events,
			Clock clock) {
		this.parties = parties;
		this.links = links;
		this.contacts = contacts;
		this.relationshipEntries = relationshipEntries;
		this.policy = policy;
		this.audit = audit;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param fromVersion the version of the duplicate the user saw
	 * @return the duplicate as it is now, marked as merged
	 */
	@Transactional
	public PartyView mergeParties(UUID fromId, UUID intoId, long fromVersion) {
		this.policy.requireEdit();
		if (fromId.equals(intoId)) {
			throw new InvalidInputException("intoId", "not-self", "a party cannot be merged into itself");
		}
		Party from = this.parties.findById(fromId).orElseThrow(() -> new NotFoundException("Party", fromId));
		Party into = this.parties.findById(intoId)
			.orElseThrow(() -> new InvalidInputException("intoId", "exists", "party " + intoId + " does not exist"));
		this.audit.checkVersion("Party", from, fromVersion);
		if (!from.isCustomer() || !into.isCustomer()) {
			throw new InvalidInputException("intoId", "customers", "only customer parties are merged");
		}
		if (from.isInternal() != into.isInternal()) {
			throw new InvalidInputException("intoId", "same-scope",
					"an internal and an external customer are not the same customer");
		}
		if (from.getMergedIntoId() != null) {
			throw new ConflictException("Party '" + from.getName() + "' was already merged into another party");
		}
		if (into.getMergedIntoId() != null) {
			throw new InvalidInputException("intoId", "not-merged",
					"'" + into.getName() + "' was itself merged into another party; merge into that one");
		}
		String actor = CurrentUser.get().map(CurrentUser::getUsername).orElse("system");
		List<Contact> movedContacts = this.contacts.findByPartyIdOrderByName(fromId);
		movedContacts.forEach((contact) -> contact.moveTo(intoId));
		List<RelationshipEntry> entries = this.relationshipEntries
			.findByPartyIdOrderByOccurredOnDescRecordedAtDesc(fromId);
		entries.forEach((entry) -> entry.moveTo(intoId));
		int movedLinks = moveLinks(fromId, intoId);
		this.contacts.flush();
		int movedUsers = this.identity.moveUsersOfParty(fromId, intoId);
		this.events.publishEvent(new PartiesMerged(fromId, intoId, actor, from.getName(), into.getName()));
		Map<String, String> before = from.auditSnapshot();
		from.mergeInto(intoId, Instant.now(this.clock));
		this.parties.saveAndFlush(from);
		this.audit.updated("Party", before, from);
		this.audit.record("Party", fromId, from.getVersion(), "merged",
				List.of(new AuditEntryView.FieldChange("mergedInto", null, into.getName())));
		this.audit.record("Party", intoId, into.getVersion(), "merged",
				List.of(new AuditEntryView.FieldChange("mergedFrom", null,
						from.getName() + " (" + movedContacts.size() + " contacts, " + movedLinks + " links, "
								+ movedUsers + " user accounts, its requests, complaints, surveys, agreements,"
								+ " review meetings, contingency records, service notices and audits)")));
		return from.toView();
	}

	/**
	 * Moves the duplicate's links to the survivor; a link the survivor already has (the
	 * same service from the same provider) is deleted instead.
	 * @return how many links moved
	 */
	private int moveLinks(UUID fromId, UUID intoId) {
		List<Link> survivorLinks = this.links.findByProviderIdOrConsumerId(intoId, intoId);
		int moved = 0;
		for (Link link : this.links.findByProviderIdOrConsumerId(fromId, fromId)) {
			boolean held = survivorLinks.stream()
				.anyMatch((other) -> other.getServiceId().equals(link.getServiceId())
						&& other.getProviderId().equals(link.getProviderId()) && other.getConsumerId().equals(intoId));
			if (held) {
				this.audit.deleted("Link", link);
				this.links.delete(link);
			}
			else {
				link.moveConsumerTo(intoId);
				moved++;
			}
		}
		return moved;
	}

}
