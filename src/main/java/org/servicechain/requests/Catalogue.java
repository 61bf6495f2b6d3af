package org.servicechain.requests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

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
 */
@Component
class Catalogue {

	private final ChainManagement chain;

	private final ChainAnalysis analysis;

	private final AgreementManagement agreements;

	private final BusinessCalendarManagement calendars;

	Catalogue(ChainManagement chain, ChainAnalysis analysis, AgreementManagement agreements,
			BusinessCalendarManagement calendars) {
		this.chain = chain;
		this.analysis = analysis;
		this.agreements = agreements;
		this.calendars = calendars;
	}

	Snapshot snapshot() {
		return SystemActor.call(() -> new Snapshot(
				this.chain.allParties().stream().collect(Collectors.toMap(PartyView::id, Function.identity())),
				this.chain.services().stream().collect(Collectors.toMap(ServiceView::id, Function.identity())),
				this.chain.links(null, null), this.agreements.agreementsInForce()));
	}

	BusinessCalendar calendar(UUID id) {
		return this.calendars.calendar(id);
	}

	/**
	 * @return the links of a service's chain that are not the final link to a customer:
	 * where the request's dependent work can go.
	 */
	List<SupplyLink> upstreamOf(UUID serviceId) {
		return SystemActor.call(() -> this.analysis.supplyLinksOf(serviceId))
			.stream()
			.filter((link) -> !link.toCustomer())
			.toList();
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
