package org.servicechain.requests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.servicechain.agreements.AgreementKind;
import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementManagement.AgreementInForce;
import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.chain.ChainAnalysis;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.LinkView;
import org.servicechain.chain.PartyView;
import org.servicechain.chain.ServiceView;
import org.servicechain.chain.SupplyLink;
import org.servicechain.identity.SystemActor;

/**
 * What the requests module needs to know about the chain and its agreements: who receives
 * which service from whom, which agreement governs a link, the links upstream of a
 * service, and names. Read through the other modules' facades as the system, because a
 * customer raising a request may not browse the chain, yet the request must be matched to
 * it. A {@link Snapshot} is read once per command or page.
 *
 * <p>
 * What was read is kept, with the links upstream of each service asked about, for as long
 * as the {@link ChainVersion} stays the same: one small query instead of reading every
 * party, service, link and agreement (and parsing every agreement's terms) on each
 * command. The version is asked of the database every time, so a change made on another
 * instance is seen at once. What a transaction read after changing the chain itself is
 * dropped if that transaction rolls back.
 */
@Component
class Catalogue {

	private final ChainManagement chain;

	private final ChainAnalysis analysis;

	private final AgreementManagement agreements;

	private final BusinessCalendarManagement calendars;

	private final ChainVersion version;

	private final AtomicReference<@Nullable Kept> kept = new AtomicReference<>();

	Catalogue(ChainManagement chain, ChainAnalysis analysis, AgreementManagement agreements,
			BusinessCalendarManagement calendars, ChainVersion version) {
		this.chain = chain;
		this.analysis = analysis;
		this.agreements = agreements;
		this.calendars = calendars;
		this.version = version;
	}

	Snapshot snapshot() {
		return current().snapshot();
	}

	/**
	 * @return what is kept for the chain as it stands now, read afresh if it changed.
	 */
	private Kept current() {
		// The version first, then the snapshot: a change committed in between makes the
		// snapshot newer than its version, which only costs a read more next time.
		String now = this.version.current();
		Kept known = this.kept.get();
		if (known != null && known.version().equals(now)) {
			return known;
		}
		Kept fresh = new Kept(now, read(), new ConcurrentHashMap<>());
		this.kept.set(fresh);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						Catalogue.this.kept.compareAndSet(fresh, null);
					}
				}
			});
		}
		return fresh;
	}

	private Snapshot read() {
		return SystemActor.call(() -> new Snapshot(
				this.chain.allParties().stream().collect(Collectors.toMap(PartyView::id, Function.identity())),
				this.chain.services().stream().collect(Collectors.toMap(ServiceView::id, Function.identity())),
				this.chain.links(null, null), this.agreements.agreementsInForce()));
	}

	/**
	 * A snapshot and the upstream links found so far, for one version of the chain.
	 */
	private record Kept(String version, Snapshot snapshot, Map<UUID, List<SupplyLink>> upstream) {

	}

	BusinessCalendar calendar(UUID id) {
		return this.calendars.calendar(id);
	}

	/**
	 * @return the links of a service's chain that are not the final link to a customer:
	 * where the request's dependent work can go.
	 */
	List<SupplyLink> upstreamOf(UUID serviceId) {
		Map<UUID, List<SupplyLink>> upstream = current().upstream();
		List<SupplyLink> known = upstream.get(serviceId);
		if (known != null) {
			return known;
		}
		List<SupplyLink> found = SystemActor.call(() -> this.analysis.supplyLinksOf(serviceId))
			.stream()
			.filter((link) -> !link.toCustomer())
			.toList();
		upstream.putIfAbsent(serviceId, found);
		return found;
	}

	/**
	 * Parties, services, links and agreements in force, read together.
	 */
	static final class Snapshot {

		private final Map<UUID, PartyView> parties;

		private final Map<UUID, ServiceView> services;

		private final List<LinkView> links;

		private final List<AgreementInForce> agreements;

		private final Map<UUID, AgreementInForce> agreementsById;

		Snapshot(Map<UUID, PartyView> parties, Map<UUID, ServiceView> services, List<LinkView> links,
				List<AgreementInForce> agreements) {
			this.parties = parties;
			this.services = services;
			this.links = links;
			this.agreements = agreements;
			this.agreementsById = new HashMap<>();
			agreements.forEach((agreement) -> this.agreementsById.put(agreement.id(), agreement));
		}

		Optional<PartyView> party(UUID id) {
			return Optional.ofNullable(this.parties.get(id));
		}

		String partyName(UUID id) {
			PartyView party = this.parties.get(id);
			return party != null ? party.name() : "(removed party)";
		}

		boolean internal(UUID partyId) {
			PartyView party = this.parties.get(partyId);
			return party != null && party.internal();
		}

		String serviceName(UUID id) {
			ServiceView service = this.services.get(id);
			return service != null ? service.name() : "(removed service)";
		}

		Optional<ServiceView> service(UUID id) {
			return Optional.ofNullable(this.services.get(id));
		}

		List<PartyView> parties() {
			return this.parties.values().stream().sorted(Comparator.comparing(PartyView::name)).toList();
		}

		List<PartyView> customers() {
			return parties().stream().filter(PartyView::customer).toList();
		}

		List<PartyView> internalTeams() {
			return parties().stream().filter((party) -> party.internal() && !party.customer()).toList();
		}

		/**
		 * @return the services delivered to a requester on the chain, each with the party
		 * that delivers it (the first internal one when several do).
		 */
		Map<UUID, UUID> servicesDeliveredTo(UUID requesterId) {
			Map<UUID, UUID> providerByService = new LinkedHashMap<>();
			this.links.stream()
				.filter((link) -> link.consumerId().equals(requesterId))
				.sorted(Comparator.comparing(LinkView::serviceName)
					.thenComparing((LinkView link) -> !link.providerInternal()))
				.forEach((link) -> providerByService.putIfAbsent(link.serviceId(), link.providerId()));
			return providerByService;
		}

		Optional<LinkView> link(UUID id) {
			return this.links.stream().filter((link) -> link.id().equals(id)).findFirst();
		}

		List<LinkView> links() {
			return this.links;
		}

		/**
		 * The agreement that governs a link: a customer SLA towards an external customer,
		 * an OLA towards one of our own teams or internal customers, an underpinning
		 * contract with a supplier; whichever of those is in force for the provider, the
		 * consumer and the service.
		 */
		Optional<AgreementInForce> agreementFor(UUID providerId, UUID consumerId, UUID serviceId) {
			List<AgreementInForce> found = new ArrayList<>();
			for (AgreementInForce agreement : this.agreements) {
				if (agreement.governs(providerId, consumerId, serviceId)) {
					found.add(agreement);
				}
			}
			boolean consumerInternal = internal(consumerId);
			boolean providerInternal = internal(providerId);
			AgreementKind expected = !providerInternal ? AgreementKind.UNDERPINNING_CONTRACT
					: (consumerInternal ? AgreementKind.OLA : AgreementKind.CUSTOMER_SLA);
			return found.stream()
				.sorted(Comparator.comparing((AgreementInForce agreement) -> agreement.kind() != expected))
				.findFirst();
		}

		List<AgreementInForce> agreementsOfProvider(UUID providerId) {
			return this.agreements.stream().filter((agreement) -> agreement.providerId().equals(providerId)).toList();
		}

		@Nullable AgreementInForce agreement(@Nullable UUID id) {
			return id != null ? this.agreementsById.get(id) : null;
		}

	}

}
