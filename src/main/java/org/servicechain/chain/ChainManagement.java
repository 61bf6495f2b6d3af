package org.servicechain.chain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.PartyDirectory;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.ConflictException;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.RecordNames;
import org.servicechain.shared.Paging;

/**
 * The chain module's facade: commands and queries on parties, services, links, contacts
 * and relationship logs (CHAIN-1, CHAIN-2, CHAIN-4, CHAIN-5). One transaction per
 * command, so nothing is half-saved; every change is audited; every update names the
 * version it was made from and is refused when that version is stale (REQ-7).
 */
@Service
public class ChainManagement implements PartyDirectory, RecordNames {

	private final Parties parties;

	private final ServiceOfferings services;

	private final Links links;

	private final Contacts contacts;

	private final RelationshipEntries relationshipEntries;

	private final ChainAccessPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duplicates duplicates;

	private final ApplicationEventPublisher events;

	ChainManagement(Parties parties, ServiceOfferings services, Links links, Contacts contacts,
			RelationshipEntries relationshipEntries, ChainAccessPolicy policy, AuditTrail audit, Clock clock,
			Duplicates duplicates, ApplicationEventPublisher events) {
		this.duplicates = duplicates;
		this.events = events;
		this.parties = parties;
		this.services = services;
		this.links = links;
		this.contacts = contacts;
		this.relationshipEntries = relationshipEntries;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	// Parties

	@Transactional(readOnly = true)
	public PageResponse<PartyView> parties(@Nullable PartyKind kind, @Nullable Boolean internal, @Nullable String text,
			int page, int size) {
		this.policy.requireRead();
		String key = (text == null || text.isBlank()) ? null : Party.nameKey(text);
		Page<Party> found = this.parties.search(kind, internal, key, Paging.of(page, size, Sort.by("nameKey")));
		return PageResponse.of(found, Party::toView);
	}

	@Transactional(readOnly = true)
	public List<PartyView> allParties() {
		this.policy.requireRead();
		return this.parties.findAll(Sort.by("nameKey")).stream().map(Party::toView).toList();
	}

	@Transactional(readOnly = true)
	public PartyView party(UUID id) {
		this.policy.requirePartyVisible(id);
		return loadParty(id).toView();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> partyName(UUID partyId) {
		return this.parties.findById(partyId).map(Party::getName);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> partyNames() {
		java.util.Map<UUID, String> names = new java.util.LinkedHashMap<>();
		allParties().stream()
			.sorted(java.util.Comparator.comparing(PartyView::name, String.CASE_INSENSITIVE_ORDER))
			.forEach((party) -> names.put(party.id(), party.name() + " (" + party.kind().label() + ")"));
		return names;
	}

	/**
	 * Creates a party without looking for duplicates (for callers that have decided, such
	 * as the demo organisation and other modules).
	 */
	@Transactional
	public PartyView createParty(PartyDetails details) {
		return createParty(details, true);
	}

	/**
	 * Creates a party (CHAIN-1). A customer is first compared with the customers kept, by
	 * name (REC-1); teams, suppliers and partners are a short list kept by managers,
	 * whose names are unique already.
	 * @param allowDuplicate create it even when it looks like a party already kept
	 * @throws PossibleDuplicatesException when it looks like one and duplicates are not
	 * allowed
	 */
	@Transactional
	public PartyView createParty(PartyDetails details, boolean allowDuplicate) {
		this.policy.requireEdit();
		validate(details, null);
		if (!allowDuplicate && details.kind() == PartyKind.CUSTOMER) {
			List<DuplicateCandidate> candidates = this.duplicates.ofParty(details.name(), null);
			if (!candidates.isEmpty()) {
				throw new PossibleDuplicatesException(candidates);
			}
		}
		Party party = new Party(details, now());
		this.parties.saveAndFlush(party);
		this.audit.created("Party", party);
		return party.toView();
	}

	@Transactional
	public PartyView updateParty(UUID id, long version, PartyDetails details) {
		this.policy.requireEdit();
		Party party = loadParty(id);
		this.audit.checkVersion("Party", party, version);
		validate(details, party);
		Map<String, String> before = party.auditSnapshot();
		party.apply(details);
		this.parties.saveAndFlush(party);
		this.audit.updated("Party", before, party);
		return party.toView();
	}

	@Transactional
	public void deleteParty(UUID id, long version) {
		this.policy.requireEdit();
		Party party = loadParty(id);
		this.audit.checkVersion("Party", party, version);
		if (this.links.existsByProviderIdOrConsumerId(id, id)) {
			throw new ConflictException("Party '" + party.getName() + "' still has links; remove its links first");
		}
		if (this.contacts.existsByPartyId(id) || this.relationshipEntries.existsByPartyId(id)) {
			throw new ConflictException("Party '" + party.getName()
					+ "' has contacts or relationship history; those records are kept, so the party cannot be deleted");
		}
		this.audit.deleted("Party", party);
		this.parties.delete(party);
	}

	/**
	 * Checks a new party as {@link #createParty} would, without saving it (for imports).
	 */
	void checkParty(PartyDetails details) {
		validate(details, null);
	}

	/**
	 * Checks a new contact as {@link #createContact} would, without saving it (for
	 * imports).
	 * @return the details with the mail address and phone number normalised
	 */
	ContactDetails checkContact(UUID partyId, ContactDetails details) {
		return validate(null, partyId, details);
	}

	/**
	 * @return the parties that look like one named {@code name} (REC-1)
	 */
	@Transactional(readOnly = true)
	public List<DuplicateCandidate> possibleDuplicates(String name) {
		this.policy.requireRead();
		return this.duplicates.ofParty(name, null);
	}

	/**
	 * Parties and contacts already kept that look like the same one, for a manager to
	 * merge (REC-1).
	 */
	@Transactional(readOnly = true)
	public List<SuspectedDuplicate> suspectedDuplicates() {
		return suspectedDuplicates(null);
	}

	/**
	 * {@link #suspectedDuplicates()}, only the pairs where either name or party name
	 * holds the text, whatever its case; all of them when it is blank.
	 */
	@Transactional(readOnly = true)
	public List<SuspectedDuplicate> suspectedDuplicates(@Nullable String text) {
		this.policy.requireEdit();
		String needle = (text == null) ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
		return this.duplicates.suspected()
			.stream()
			.filter((pair) -> needle.isEmpty() || java.util.stream.Stream
				.of(pair.first().name(), pair.first().partyName(), pair.second().name(), pair.second().partyName())
				.anyMatch((name) -> name.toLowerCase(java.util.Locale.ROOT).contains(needle)))
			.toList();
	}

	private void validate(PartyDetails details, @Nullable Party existing) {
		List<FieldViolation> violations = new ArrayList<>();
		String key = Party.nameKey(details.name());
		boolean taken = (existing == null) ? this.parties.existsByNameKey(key)
				: this.parties.existsByNameKeyAndIdNot(key, existing.getId());
		if (taken) {
			violations.add(new FieldViolation("name", "unique",
					"a party named '" + details.name().strip() + "' already exists"));
		}
		Boolean fixed = details.kind().fixedInternal();
		if (fixed != null && details.internal() != null && !fixed.equals(details.internal())) {
			violations.add(new FieldViolation("internal", "kind",
					"a " + details.kind().label().toLowerCase(java.util.Locale.ROOT) + " is always "
							+ (fixed ? "internal" : "external")));
		}
		if (fixed == null && details.internal() == null) {
			violations
				.add(new FieldViolation("internal", "required", "say whether the customer is internal or external"));
		}
		if (details.kind() != PartyKind.CUSTOMER && details.customerType() != null) {
			violations.add(new FieldViolation("customerType", "not-allowed", "only customers have a customer type"));
		}
		if (details.kind() == PartyKind.CUSTOMER && details.customerType() == null) {
			violations.add(new FieldViolation("customerType", "required",
					"say whether the customer is a person or an organisation"));
		}
		if (details.partnerStatus() != null && details.partnerStatusSince() == null) {
			violations
				.add(new FieldViolation("partnerStatusSince", "required", "give the date since when the status holds"));
		}
		if (details.partnerStatus() == null && details.partnerStatusSince() != null) {
			violations.add(new FieldViolation("partnerStatus", "required", "a status date needs a status"));
		}
		if (details.partnerStatusSince() != null && details.partnerStatusSince().isAfter(LocalDate.now(this.clock))) {
			violations.add(new FieldViolation("partnerStatusSince", "past", "the status date cannot be in the future"));
		}
		if (existing != null && details.kind() == PartyKind.CUSTOMER && existing.getKind() != PartyKind.CUSTOMER
				&& this.links.findByProviderIdOrConsumerId(existing.getId(), existing.getId())
					.stream()
					.anyMatch((link) -> link.getProviderId().equals(existing.getId()))) {
			violations.add(new FieldViolation("kind", "customer-provides",
					"this party provides services, so it cannot become a customer"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	// Services

	@Transactional(readOnly = true)
	public List<ServiceView> services() {
		this.policy.requireRead();
		Set<UUID> endUser = endUserServiceIds();
		return this.services.findAllByOrderByName()
			.stream()
			.map((service) -> service.toView(endUser.contains(service.getId())))
			.toList();
	}

	@Transactional(readOnly = true)
	public ServiceView service(UUID id) {
		this.policy.requireRead();
		ServiceOffering service = loadService(id);
		return service.toView(endUserServiceIds().contains(id));
	}

	@Transactional
	public ServiceView createService(ServiceDetails details) {
		this.policy.requireEdit();
		if (this.services.existsByNameKey(Party.nameKey(details.name()))) {
			throw new InvalidInputException("name", "unique",
					"a service named '" + details.name().strip() + "' already exists");
		}
		validateNeeds(null, details);
		ServiceOffering service = new ServiceOffering(details, now());
		this.services.saveAndFlush(service);
		this.audit.created("Service", service);
		return service.toView(false);
	}

	@Transactional
	public ServiceView updateService(UUID id, long version, ServiceDetails details) {
		this.policy.requireEdit();
		ServiceOffering service = loadService(id);
		this.audit.checkVersion("Service", service, version);
		if (this.services.existsByNameKeyAndIdNot(Party.nameKey(details.name()), id)) {
			throw new InvalidInputException("name", "unique",
					"a service named '" + details.name().strip() + "' already exists");
		}
		validateNeeds(id, details);
		Map<String, String> before = service.auditSnapshot();
		service.apply(details);
		this.services.saveAndFlush(service);
		this.audit.updated("Service", before, service);
		return service.toView(endUserServiceIds().contains(id));
	}

	@Transactional
	public void deleteService(UUID id, long version) {
		this.policy.requireEdit();
		ServiceOffering service = loadService(id);
		this.audit.checkVersion("Service", service, version);
		if (this.links.existsByServiceId(id)) {
			throw new ConflictException(
					"Service '" + service.getName() + "' is still provided by links; remove them first");
		}
		List<String> neededBy = this.services.findAll()
			.stream()
			.filter((other) -> other.needs().map((needs) -> needs.contains(id)).orElse(false))
			.map(ServiceOffering::getName)
			.toList();
		if (!neededBy.isEmpty()) {
			throw new ConflictException("Service '" + service.getName() + "' is needed by "
					+ String.join(", ", neededBy) + "; change what they need first");
		}
		this.audit.deleted("Service", service);
		this.services.delete(service);
	}

	private void validateNeeds(@Nullable UUID serviceId, ServiceDetails details) {
		if (details.needs() == null) {
			return;
		}
		List<FieldViolation> violations = new ArrayList<>();
		for (int i = 0; i < details.needs().size(); i++) {
			UUID needed = details.needs().get(i);
			if (needed.equals(serviceId)) {
				violations.add(new FieldViolation("needs[" + i + "]", "not-self", "a service cannot need itself"));
			}
			else if (!this.services.existsById(needed)) {
				violations
					.add(new FieldViolation("needs[" + i + "]", "exists", "service " + needed + " does not exist"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private Set<UUID> endUserServiceIds() {
		Set<UUID> customers = this.parties.findAll()
			.stream()
			.filter(Party::isCustomer)
			.map(Party::getId)
			.collect(Collectors.toSet());
		return this.links.findAll()
			.stream()
			.filter((link) -> customers.contains(link.getConsumerId()))
			.map(Link::getServiceId)
			.collect(Collectors.toSet());
	}

	/**
	 * @return a value that differs whenever a party, service or link has been created,
	 * changed or deleted, on any instance; cheap enough to ask on every command, for
	 * modules that keep what they read of the chain (one query per table).
	 */
	@Transactional(readOnly = true)
	public String changeStamp() {
		return stamp(this.parties.changeStamp()) + "|" + stamp(this.services.changeStamp()) + "|"
				+ stamp(this.links.changeStamp());
	}

	static String stamp(List<Object[]> rows) {
		Object[] row = rows.isEmpty() ? new Object[0] : rows.get(0);
		return java.util.Arrays.stream(row).map(String::valueOf).collect(java.util.stream.Collectors.joining(":"));
	}

	// Links

	@Transactional(readOnly = true)
	public List<LinkView> links(@Nullable UUID partyId, @Nullable UUID serviceId) {
		this.policy.requireRead();
		List<Link> found;
		if (partyId != null) {
			found = this.links.findByProviderIdOrConsumerId(partyId, partyId);
			if (serviceId != null) {
				found = found.stream().filter((link) -> link.getServiceId().equals(serviceId)).toList();
			}
		}
		else if (serviceId != null) {
			found = this.links.findByServiceId(serviceId);
		}
		else {
			found = this.links.findAll();
		}
		return toViews(found);
	}

	@Transactional(readOnly = true)
	public LinkView link(UUID id) {
		this.policy.requireRead();
		return toViews(List.of(loadLink(id))).get(0);
	}

	@Transactional
	public LinkView createLink(LinkDetails details) {
		this.policy.requireEdit();
		validate(details, null);
		Link link = new Link(details, now());
		this.links.saveAndFlush(link);
		this.audit.created("Link", link);
		return toViews(List.of(link)).get(0);
	}

	@Transactional
	public LinkView updateLink(UUID id, long version, LinkDetails details) {
		this.policy.requireEdit();
		Link link = loadLink(id);
		this.audit.checkVersion("Link", link, version);
		validate(details, link);
		Map<String, String> before = link.auditSnapshot();
		link.apply(details);
		this.links.saveAndFlush(link);
		this.audit.updated("Link", before, link);
		return toViews(List.of(link)).get(0);
	}

	@Transactional
	public void deleteLink(UUID id, long version) {
		this.policy.requireEdit();
		Link link = loadLink(id);
		this.audit.checkVersion("Link", link, version);
		this.audit.deleted("Link", link);
		this.links.delete(link);
	}

	private void validate(LinkDetails details, @Nullable Link existing) {
		List<FieldViolation> violations = new ArrayList<>();
		if (!this.services.existsById(details.serviceId())) {
			violations
				.add(new FieldViolation("serviceId", "exists", "service " + details.serviceId() + " does not exist"));
		}
		Optional<Party> provider = this.parties.findById(details.providerId());
		if (provider.isEmpty()) {
			violations
				.add(new FieldViolation("providerId", "exists", "party " + details.providerId() + " does not exist"));
		}
		else if (provider.get().isCustomer()) {
			violations.add(new FieldViolation("providerId", "not-customer", "'" + provider.get().getName()
					+ "' is a customer; customers receive services, they do not provide them"));
		}
		if (!this.parties.existsById(details.consumerId())) {
			violations
				.add(new FieldViolation("consumerId", "exists", "party " + details.consumerId() + " does not exist"));
		}
		if (details.providerId().equals(details.consumerId())) {
			violations.add(new FieldViolation("consumerId", "not-self", "a party cannot provide a service to itself"));
		}
		boolean duplicate = (existing == null)
				? this.links.existsByServiceIdAndProviderIdAndConsumerId(details.serviceId(), details.providerId(),
						details.consumerId())
				: this.links.existsByServiceIdAndProviderIdAndConsumerIdAndIdNot(details.serviceId(),
						details.providerId(), details.consumerId(), existing.getId());
		if (duplicate) {
			violations.add(new FieldViolation("serviceId", "unique",
					"this provider already provides this service to this consumer"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	List<LinkView> toViews(Collection<Link> found) {
		Set<UUID> partyIds = new HashSet<>();
		found.forEach((link) -> {
			partyIds.add(link.getProviderId());
			partyIds.add(link.getConsumerId());
		});
		Map<UUID, Party> partiesById = this.parties.findByIdIn(partyIds)
			.stream()
			.collect(Collectors.toMap(Party::getId, Function.identity()));
		Map<UUID, String> serviceNames = this.services.findAll()
			.stream()
			.collect(Collectors.toMap(ServiceOffering::getId, ServiceOffering::getName));
		return found.stream().map((link) -> {
			Party provider = partiesById.get(link.getProviderId());
			Party consumer = partiesById.get(link.getConsumerId());
			return new LinkView(link.getId(), link.getVersion(), link.getServiceId(),
					serviceNames.getOrDefault(link.getServiceId(), "?"), link.getProviderId(), provider.getName(),
					provider.isInternal(), link.getConsumerId(), consumer.getName(), consumer.isInternal(),
					consumer.isCustomer(), link.getDescription(), link.getCreatedAt());
		})
			.sorted(java.util.Comparator.comparing(LinkView::serviceName)
				.thenComparing(LinkView::providerName)
				.thenComparing(LinkView::consumerName))
			.toList();
	}

	/**
	 * The services that connect a party to the chain, as the party itself may see them in
	 * its portal: what it provides, or, for a customer, what it receives.
	 */
	@Transactional(readOnly = true)
	public List<String> servicesOf(UUID partyId) {
		this.policy.requirePartyVisible(partyId);
		Party party = loadParty(partyId);
		Set<UUID> serviceIds = this.links.findByProviderIdOrConsumerId(partyId, partyId)
			.stream()
			.filter((link) -> party.isCustomer() ? link.getConsumerId().equals(partyId)
					: link.getProviderId().equals(partyId))
			.map(Link::getServiceId)
			.collect(Collectors.toSet());
		return this.services.findAllById(serviceIds).stream().map(ServiceOffering::getName).sorted().toList();
	}

	// Contacts

	/**
	 * @return every contact of the chain, ordered by party and name, read in one go.
	 */
	@Transactional(readOnly = true)
	public List<ContactView> allContacts() {
		this.policy.requireRead();
		return toContactViews(this.contacts.findAll(), Map.of()).stream()
			.sorted(java.util.Comparator.comparing(ContactView::partyName).thenComparing(ContactView::name))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ContactView> contacts(UUID partyId) {
		this.policy.requireRead();
		Party party = loadParty(partyId);
		return toContactViews(this.contacts.findByPartyIdOrderByName(partyId), Map.of(partyId, party.getName()));
	}

	@Transactional(readOnly = true)
	public ContactView contact(UUID id) {
		this.policy.requireRead();
		Contact contact = loadContact(id);
		return toContactViews(List.of(contact), Map.of()).get(0);
	}

	/**
	 * @return the contacts whose mail address is {@code email}, whatever its case, so an
	 * incoming mail finds its sender; never {@literal null}.
	 */
	@Transactional(readOnly = true)
	public List<ContactView> contactsWithEmail(String email) {
		this.policy.requireRead();
		String key = Contact.emailKey(email);
		if (key == null || key.isEmpty()) {
			return List.of();
		}
		return toContactViews(this.contacts.findByEmailKey(key), Map.of()).stream()
			.sorted(java.util.Comparator.comparing(ContactView::partyName).thenComparing(ContactView::name))
			.toList();
	}

	/**
	 * Creates a contact nobody decided on (from a mail by an unknown sender), flagged for
	 * review with why; editing it later clears the flag.
	 */
	@Transactional
	public ContactView createContactForReview(UUID partyId, ContactDetails details, String reason) {
		this.policy.requireEdit();
		loadParty(partyId);
		UUID id = UUID.randomUUID();
		details = validate(id, partyId, details);
		Contact contact = new Contact(partyId, details);
		contact.flagForReview(reason);
		this.contacts.saveAndFlush(contact);
		this.audit.created("Contact", contact);
		return toContactViews(List.of(contact), Map.of()).get(0);
	}

	/**
	 * Creates a contact without looking for duplicates (for callers that have decided).
	 */
	@Transactional
	public ContactView createContact(UUID partyId, ContactDetails details) {
		return createContact(partyId, details, true);
	}

	/**
	 * Creates a contact at a party (CHAIN-4), its mail address checked and its phone
	 * number kept in E.164, first looking for contacts with the same address or number
	 * anywhere, or a similar name at the same party (REC-1), when the party is a
	 * customer.
	 * @param allowDuplicate create it even when it looks like a contact already kept
	 * @throws PossibleDuplicatesException when it does and duplicates are not allowed
	 */
	@Transactional
	public ContactView createContact(UUID partyId, ContactDetails details, boolean allowDuplicate) {
		this.policy.requireEdit();
		Party party = loadParty(partyId);
		if (party.getMergedIntoId() != null) {
			throw new ConflictException(
					"Party '" + party.getName() + "' was merged into another party; add the contact there");
		}
		details = validate(null, partyId, details);
		if (!allowDuplicate && party.isCustomer()) {
			List<DuplicateCandidate> candidates = this.duplicates.ofContact(partyId, details, null);
			if (!candidates.isEmpty()) {
				throw new PossibleDuplicatesException(candidates);
			}
		}
		Contact contact = new Contact(partyId, details);
		this.contacts.saveAndFlush(contact);
		this.audit.created("Contact", contact);
		return toContactViews(List.of(contact), Map.of()).get(0);
	}

	@Transactional
	public ContactView updateContact(UUID id, long version, ContactDetails details) {
		this.policy.requireEdit();
		Contact contact = loadContact(id);
		this.audit.checkVersion("Contact", contact, version);
		details = validate(id, contact.getPartyId(), details);
		Map<String, String> before = contact.auditSnapshot();
		contact.apply(details);
		contact.reviewed();
		this.contacts.saveAndFlush(contact);
		this.audit.updated("Contact", before, contact);
		return toContactViews(List.of(contact), Map.of()).get(0);
	}

	@Transactional
	public void deleteContact(UUID id, long version) {
		this.policy.requireEdit();
		Contact contact = loadContact(id);
		this.audit.checkVersion("Contact", contact, version);
		if (this.contacts.existsByReportsToId(id)) {
			throw new ConflictException(
					"Others report to " + contact.getName() + "; change their reporting line first");
		}
		boolean influences = this.contacts.findAll()
			.stream()
			.anyMatch((other) -> other.getInfluences().stream().anyMatch((i) -> i.contactId().equals(id)));
		if (influences) {
			throw new ConflictException(
					contact.getName() + " is named in someone's influence links; remove those links first");
		}
		this.audit.deleted("Contact", contact);
		this.contacts.delete(contact);
	}

	/**
	 * @return the details with the mail address, phone number and postcode in the form
	 * they are kept in
	 */
	private ContactDetails validate(@Nullable UUID contactId, UUID partyId, ContactDetails details) {
		List<FieldViolation> violations = new ArrayList<>();
		String email = details.email();
		String phone = details.phone();
		try {
			email = ContactFields.email("email", details.email());
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.getViolations());
		}
		try {
			phone = ContactFields.phone("phone", details.phone());
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.getViolations());
		}
		String postcode = details.postcode();
		try {
			postcode = ContactFields.postcode("postcode", details.postcode());
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.getViolations());
		}
		if (!details.canApproveSpend() && details.spendLimit() != null) {
			violations.add(new FieldViolation("spendLimit", "needs-approval-right",
					"a spend limit only applies to a contact who may approve spend"));
		}
		UUID reportsTo = details.reportsToId();
		if (reportsTo != null) {
			if (reportsTo.equals(contactId)) {
				violations.add(new FieldViolation("reportsToId", "no-cycle", "a contact cannot report to themselves"));
			}
			else {
				Optional<Contact> manager = this.contacts.findById(reportsTo);
				if (manager.isEmpty()) {
					violations
						.add(new FieldViolation("reportsToId", "exists", "contact " + reportsTo + " does not exist"));
				}
				else if (!manager.get().getPartyId().equals(partyId)) {
					violations.add(new FieldViolation("reportsToId", "same-party",
							"a contact reports to someone at the same party"));
				}
				else if (reportsToCycle(contactId, reportsTo)) {
					violations
						.add(new FieldViolation("reportsToId", "no-cycle", "this reporting line would be a cycle: "
								+ manager.get().getName() + " already reports (through others) to this contact"));
				}
			}
		}
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < details.influences().size(); i++) {
			UUID target = details.influences().get(i).contactId();
			String field = "influences[" + i + "].contactId";
			if (target.equals(contactId)) {
				violations.add(new FieldViolation(field, "not-self", "a contact cannot influence themselves"));
			}
			else if (!this.contacts.existsById(target)) {
				violations.add(new FieldViolation(field, "exists", "contact " + target + " does not exist"));
			}
			else if (!seen.add(target)) {
				violations.add(new FieldViolation(field, "unique", "this contact is named twice"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return details.withContactFields(email, phone, postcode);
	}

	private boolean reportsToCycle(@Nullable UUID contactId, UUID reportsTo) {
		Set<UUID> visited = new HashSet<>();
		UUID current = reportsTo;
		while (current != null && visited.add(current)) {
			if (current.equals(contactId)) {
				return true;
			}
			current = this.contacts.findById(current).map(Contact::getReportsToId).orElse(null);
		}
		return current != null && current.equals(contactId);
	}

	List<ContactView> toContactViews(List<Contact> found, Map<UUID, String> knownPartyNames) {
		Set<UUID> partyIds = found.stream().map(Contact::getPartyId).collect(Collectors.toSet());
		Map<UUID, String> partyNames = new HashMap<>(knownPartyNames);
		partyIds.removeAll(partyNames.keySet());
		this.parties.findByIdIn(partyIds).forEach((party) -> partyNames.put(party.getId(), party.getName()));
		Set<UUID> referenced = new HashSet<>();
		found.forEach((contact) -> {
			if (contact.getReportsToId() != null) {
				referenced.add(contact.getReportsToId());
			}
			contact.getInfluences().forEach((influence) -> referenced.add(influence.contactId()));
		});
		Map<UUID, String> contactNames = this.contacts.findAllById(referenced)
			.stream()
			.collect(Collectors.toMap(Contact::getId, Contact::getName));
		return found.stream()
			.map((contact) -> contact.toView(partyNames.getOrDefault(contact.getPartyId(), "?"),
					contact.getReportsToId() != null ? contactNames.get(contact.getReportsToId()) : null, contactNames))
			.toList();
	}

	// Relationship log

	@Transactional(readOnly = true)
	public List<RelationshipEntryView> relationshipLog(UUID partyId) {
		this.policy.requireRead();
		loadParty(partyId);
		return this.relationshipEntries.findByPartyIdOrderByOccurredOnDescRecordedAtDesc(partyId)
			.stream()
			.map(RelationshipEntry::toView)
			.toList();
	}

	/**
	 * The entries one member of staff recorded in any party's relationship log, newest
	 * first (for their competence portfolio: cooperative and uncooperative partners).
	 * @param limit at most this many
	 */
	@Transactional(readOnly = true)
	public List<RelationshipEntryView> relationshipLogBy(String username, int limit) {
		this.policy.requireRead();
		return this.relationshipEntries
			.findByRecordedByOrderByOccurredOnDescRecordedAtDesc(username,
					org.springframework.data.domain.PageRequest.of(0, Math.max(1, Math.min(limit, Paging.MAX_SIZE))))
			.stream()
			.map(RelationshipEntry::toView)
			.toList();
	}

	@Transactional
	public RelationshipEntryView logRelationship(UUID partyId, RelationshipEntryDetails details) {
		this.policy.requireLogEntry();
		loadParty(partyId);
		if (details.occurredOn().isAfter(LocalDate.now(this.clock))) {
			throw new InvalidInputException("occurredOn", "past", "a log entry records something that has happened");
		}
		String actor = CurrentUser.get().map(CurrentUser::getUsername).orElse("system");
		RelationshipEntry entry = new RelationshipEntry(partyId, details, actor, now());
		this.relationshipEntries.save(entry);
		this.audit.record("Party", partyId, loadParty(partyId).getVersion(), "relationship-logged",
				List.of(new AuditEntryView.FieldChange("relationshipLog", null,
						details.occurredOn() + " " + details.kind().label() + ": " + details.summary().strip())));
		return entry.toView();
	}

	// Audit

	@Transactional(readOnly = true)
	public List<AuditEntryView> history(UUID recordId) {
		this.policy.requireRead();
		return this.audit.history(recordId);
	}

	// Names for the audit trail

	@Override
	@Transactional(readOnly = true)
	public Optional<String> nameOf(UUID id) {
		return this.parties.findById(id)
			.map(Party::getName)
			.or(() -> this.services.findById(id).map(ServiceOffering::getName))
			.or(() -> this.contacts.findById(id).map(Contact::getName));
	}

	// Loading

	Party loadParty(UUID id) {
		return this.parties.findById(id).orElseThrow(() -> new NotFoundException("Party", id));
	}

	private ServiceOffering loadService(UUID id) {
		return this.services.findById(id).orElseThrow(() -> new NotFoundException("Service", id));
	}

	private Link loadLink(UUID id) {
		return this.links.findById(id).orElseThrow(() -> new NotFoundException("Link", id));
	}

	private Contact loadContact(UUID id) {
		return this.contacts.findById(id).orElseThrow(() -> new NotFoundException("Contact", id));
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
