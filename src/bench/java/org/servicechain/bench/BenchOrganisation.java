package org.servicechain.bench;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.servicechain.agreements.AgreementHeader;
import org.servicechain.agreements.AgreementKind;
import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementTerms;
import org.servicechain.agreements.AgreementView;
import org.servicechain.agreements.ConflictRule;
import org.servicechain.agreements.Formality;
import org.servicechain.agreements.Priority;
import org.servicechain.agreements.Side;
import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.businesscalendars.CalendarDetails;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.Channel;
import org.servicechain.chain.ContactDetails;
import org.servicechain.chain.CustomerType;
import org.servicechain.chain.LinkDetails;
import org.servicechain.chain.PartyDetails;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.ServiceDetails;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;

/**
 * The organisation the load runs against, built through the modules' facades as the
 * system (not measured): the demo's shape (eight internal teams, five suppliers, the
 * delivery and repair chains, their OLAs and contracts) with a realistic number of
 * customers, because every create reads the whole chain. A few organisations have a
 * customer SLA; people do not.
 */
final class BenchOrganisation {

	private final ChainManagement chain;

	private final AgreementManagement agreements;

	private final BusinessCalendarManagement calendars;

	private final IdentityManagement identity;

	private final UserDetailsService users;

	final List<UUID> people = new ArrayList<>();

	final List<UUID> organisations = new ArrayList<>();

	UUID frontLine;

	UUID delivery;

	UUID repair;

	private UUID calendar;

	private int parties;

	private int links;

	private int agreementCount;

	BenchOrganisation(ConfigurableApplicationContext context) {
		this.chain = context.getBean(ChainManagement.class);
		this.agreements = context.getBean(AgreementManagement.class);
		this.calendars = context.getBean(BusinessCalendarManagement.class);
		this.identity = context.getBean(IdentityManagement.class);
		this.users = context.getBean(UserDetailsService.class);
	}

	void build(int customers) {
		SystemActor.run(() -> {
			Map<DayOfWeek, List<String>> hours = new EnumMap<>(DayOfWeek.class);
			for (DayOfWeek day : DayOfWeek.values()) {
				hours.put(day, List.of("00:00-24:00"));
			}
			this.calendar = this.calendars
				.create(new CalendarDetails("Around the clock", null, "Europe/London", hours, List.of(), List.of()))
				.id();
			this.frontLine = team("Customer Service");
			UUID warehouse = team("Warehouse & Dispatch");
			UUID engineers = team("Field Engineering");
			UUID it = team("IT Support");
			UUID finance = team("Finance");
			UUID procurement = team("Procurement");
			team("Quality & Complaints");
			team("Retail Stores");
			UUID courier = supplier("SwiftParcel Couriers");
			UUID secondCourier = supplier("FastLane Logistics");
			UUID parts = supplier("Northern Spares");
			UUID hosting = supplier("CloudDesk Hosting");
			supplier("PayBridge Payments");

			this.delivery = service("Home delivery");
			this.repair = service("Appliance repair");
			UUID fulfilment = service("Order fulfilment");
			UUID carriage = service("Parcel carriage");
			UUID onSite = service("On-site repair");
			UUID spares = service("Spare parts");
			UUID orderSystem = service("Order system");
			UUID platform = service("Platform hosting");
			UUID purchasing = service("Stock purchasing");
			UUID payments = service("Payment processing");

			link(carriage, courier, warehouse);
			link(carriage, secondCourier, warehouse);
			link(fulfilment, warehouse, this.frontLine);
			link(orderSystem, it, warehouse);
			link(orderSystem, it, this.frontLine);
			link(platform, hosting, it);
			link(purchasing, procurement, warehouse);
			link(onSite, engineers, this.frontLine);
			link(spares, parts, engineers);
			link(payments, finance, this.frontLine);
			agreement(AgreementKind.UNDERPINNING_CONTRACT, courier, warehouse, carriage, 16);
			agreement(AgreementKind.UNDERPINNING_CONTRACT, secondCourier, warehouse, carriage, 16);
			agreement(AgreementKind.OLA, warehouse, this.frontLine, fulfilment, 8);
			agreement(AgreementKind.OLA, it, this.frontLine, orderSystem, 2);
			agreement(AgreementKind.OLA, it, warehouse, orderSystem, 2);
			agreement(AgreementKind.UNDERPINNING_CONTRACT, hosting, it, platform, 1);
			agreement(AgreementKind.OLA, engineers, this.frontLine, onSite, 8);
			agreement(AgreementKind.UNDERPINNING_CONTRACT, parts, engineers, spares, 16);

			for (int i = 0; i < 5; i++) {
				UUID organisation = customer("Organisation " + (i + 1), CustomerType.ORGANISATION);
				this.organisations.add(organisation);
				link(this.delivery, this.frontLine, organisation);
				link(this.repair, this.frontLine, organisation);
				agreement(AgreementKind.CUSTOMER_SLA, this.frontLine, organisation, this.delivery, 24);
			}
			for (int i = 0; i < customers; i++) {
				UUID person = customer("Customer " + (i + 1), CustomerType.PERSON);
				this.people.add(person);
				link(this.delivery, this.frontLine, person);
				if (i % 2 == 0) {
					link(this.repair, this.frontLine, person);
				}
			}
		});
	}

	/**
	 * @return a personal API token for a new agent, as its owner would create one.
	 */
	String agentToken(String username) {
		SystemActor.run(() -> this.identity.createUserAsSystem(new NewUser(username, "Bench " + username, null,
				"bench-password-" + UUID.randomUUID(), Role.AGENT, null)));
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return this.identity.createToken("load harness", 1).secret();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * @return what was built, for the report.
	 */
	String describe() {
		return this.parties + " parties (8 internal teams, 5 suppliers, " + this.organisations.size()
				+ " customer organisations with a customer SLA, " + this.people.size() + " customers who are people), "
				+ this.links + " links, " + this.agreementCount + " agreements in force";
	}

	private UUID team(String name) {
		this.parties++;
		return this.chain
			.createParty(new PartyDetails(name, PartyKind.INTERNAL_TEAM, true, null, null, null, null, List.of()))
			.id();
	}

	private UUID supplier(String name) {
		this.parties++;
		return this.chain
			.createParty(new PartyDetails(name, PartyKind.SUPPLIER, false, null, null, null, null, List.of()))
			.id();
	}

	private UUID customer(String name, CustomerType type) {
		this.parties++;
		return this.chain
			.createParty(new PartyDetails(name, PartyKind.CUSTOMER, false, type, null, null, null, List.of()))
			.id();
	}

	private UUID service(String name) {
		return this.chain.createService(new ServiceDetails(name, null, null)).id();
	}

	private void link(UUID service, UUID provider, UUID consumer) {
		this.links++;
		this.chain.createLink(new LinkDetails(service, provider, consumer, null));
	}

	private void agreement(AgreementKind kind, UUID provider, UUID consumer, UUID service, int p1Hours) {
		UUID providerSigner = signer(provider);
		UUID consumerSigner = signer(consumer);
		LocalDate start = LocalDate.now().minusMonths(1);
		AgreementView agreement = this.agreements.create(
				new AgreementHeader("Bench " + kind + " " + UUID.randomUUID(), kind, Formality.FORMAL, provider,
						consumer, List.of(service), this.calendar, start, null, start.plusYears(1), null, null),
				terms(p1Hours));
		agreement = this.agreements.propose(agreement.id(), agreement.version(), Side.CONSUMER, null);
		this.agreements.accept(agreement.id(), Side.PROVIDER, 1, providerSigner);
		agreement = this.agreements.accept(agreement.id(), Side.CONSUMER, 1, consumerSigner);
		this.agreements.activate(agreement.id(), agreement.version());
		this.agreementCount++;
	}

	private UUID signer(UUID party) {
		String name = "Signer " + UUID.randomUUID().toString().substring(0, 8);
		return this.chain
			.createContact(party,
					new ContactDetails(name, "Director", null, null, Channel.EMAIL, null, null, false, null, false,
							true, null, null, List.of()))
			.id();
	}

	private static AgreementTerms terms(int p1Hours) {
		List<AgreementTerms.Target> targets = new ArrayList<>();
		int[] factors = { 1, 2, 3, 5 };
		for (Priority priority : Priority.values()) {
			Duration resolution = Duration.ofHours((long) p1Hours * factors[priority.ordinal()]);
			targets.add(new AgreementTerms.Target(priority, resolution.dividedBy(8), resolution));
		}
		return new AgreementTerms(targets,
				List.of(new AgreementTerms.QualityMeasure("First-contact resolution", "%", new BigDecimal("70"), true)),
				List.of("Demand forecasts"), List.of("Meet the targets"), List.of("Service credits"),
				List.of("Raise work through the agreed channel"), List.of(), List.of("Root-cause report"),
				"5% of the monthly charge", ConflictRule.PRIORITY_THEN_EXTERNAL, "Priority, then external first.",
				"Predictable service", "Steady volume");
	}

}
