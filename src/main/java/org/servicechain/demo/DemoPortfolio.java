package org.servicechain.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.RelationshipEntryDetails;
import org.servicechain.chain.RelationshipKind;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.portfolio.AssessmentStatus;
import org.servicechain.portfolio.EvidenceSource;
import org.servicechain.portfolio.EvidenceView;
import org.servicechain.portfolio.NewEvidence;
import org.servicechain.portfolio.PortfolioManagement;
import org.servicechain.portfolio.Suggestion;
import org.servicechain.portfolio.WitnessLink;

/**
 * Alex's competence portfolio (REP-3), after the demo organisation is loaded: up to
 * eleven pieces chosen from Alex's own month of work (chain tasks with the couriers, one
 * declined, requests from internal and external customers, complaints referred to a
 * partner, an uncooperative episode Alex logged with PayBridge, a 1:1 with Maria),
 * annotated and mapped to most of unit B9 and, as suggested, to B10, 328 and CFACSB9.
 * B9's gaps stay visible: Alex has negotiated no agreement yet (2.4, 2.6, E4, E7a/b),
 * worked with no new supplier (E6b), and wrote nothing on 3.2, 3.6, K4 and K8. An
 * assessor, Ada (ada.assessor), is assigned by Maria and has marked three criteria; Ben
 * confirmed one piece as witness. Everything goes through the portfolio's facade as the
 * person who would do it, in one transaction.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "servicechain.demo.enabled")
class DemoPortfolio implements ApplicationRunner {

	static final String PRACTITIONER = "alex.agent";

	static final String ASSESSOR = "ada.assessor";

	private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);

	private final PortfolioManagement portfolios;

	private final IdentityManagement identity;

	private final TransactionTemplate transaction;

	private final ChainManagement chain;

	private final Clock clock;

	DemoPortfolio(PortfolioManagement portfolios, IdentityManagement identity, TransactionTemplate transaction,
			ChainManagement chain, Clock clock) {
		this.chain = chain;
		this.clock = clock;
		this.portfolios = portfolios;
		this.identity = identity;
		this.transaction = transaction;
	}

	/**
	 * One piece to choose: which of Alex's records, the B9 lines Alex maps it to beside
	 * the suggested ones, and what Alex did and why.
	 */
	private record Plan(EvidenceSource kind, Predicate<Suggestion> which, List<String> b9, String annotation) {

	}

	@Override
	public void run(ApplicationArguments args) {
		boolean fresh = SystemActor
			.call(() -> this.identity.existsUser(PRACTITIONER) && !this.identity.existsUser(ASSESSOR));
		if (!fresh) {
			return;
		}
		// Alex logs an episode with a partner that would not cooperate (B9 E5b): the
		// relationship log is one of the portfolio's sources.
		this.identity.callAs(PRACTITIONER,
				() -> this.chain.allParties()
					.stream()
					.filter((party) -> party.name().equals("PayBridge Payments"))
					.findFirst()
					.map((party) -> this.chain.logRelationship(party.id(), new RelationshipEntryDetails(
							LocalDate.now(this.clock).minusDays(12), RelationshipKind.UNCOOPERATIVE,
							"Asked PayBridge three times to chase two refunds stuck on their side; they pointed to "
									+ "the contract. Escalated to their service manager with the list."))));
		// Alex's records are read first, in their own read-only transactions: inside the
		// writing one every query would flush a persistence context of hundreds of
		// records.
		List<Suggestion> records = this.identity
			.callAs(PRACTITIONER, () -> this.portfolios.suggestions(PRACTITIONER, 0, 200).items())
			.orElse(List.of());
		Integer pieces = this.transaction.execute((status) -> load(records));
		log.info("Loaded {}'s competence portfolio with {} pieces of evidence", PRACTITIONER, pieces);
	}

	private int load(List<Suggestion> records) {
		SystemActor.run(() -> this.identity.createUserAsSystem(new NewUser(ASSESSOR, "Ada Assessor",
				ASSESSOR + "@example.com", DemoOrganisation.DEMO_PASSWORD, Role.ASSESSOR, null)));
		List<EvidenceView> added = this.identity.callAs(PRACTITIONER, () -> choose(records)).orElse(List.of());
		this.identity.callAs("maria.manager", () -> this.portfolios.assignAssessor(PRACTITIONER, ASSESSOR));
		this.identity.callAs(ASSESSOR, () -> {
			this.portfolios.assess(PRACTITIONER, "B9 1.4", AssessmentStatus.SIGNED_OFF,
					"Two internal customers on different days, treated as external ones would be; clear reasons.",
					null);
			this.portfolios.assess(PRACTITIONER, "B9 1.1", AssessmentStatus.SIGNED_OFF,
					"Names the couriers, the warehouse and the customer in order; confirmed by a witness.", null);
			return this.portfolios.assess(PRACTITIONER, "B9 2.2", AssessmentStatus.WORKING_TOWARDS,
					"One occasion so far: show where authority sits with another partner too.", null);
		});
		if (!added.isEmpty()) {
			EvidenceView witnessed = added.get(0);
			Optional<WitnessLink> link = this.identity.callAs(PRACTITIONER, () -> this.portfolios
				.askWitness(PRACTITIONER, witnessed.id(), "Ben Agent", "Colleague, Customer Service", 14));
			link.map(WitnessLink::path)
				.ifPresent((path) -> SystemActor
					.run(() -> this.portfolios.answerWitness(path.substring("/witness/".length()), true,
							"I sat next to Alex for that call and saw the courier's confirmation come in.")));
		}
		return added.size();
	}

	private List<EvidenceView> choose(List<Suggestion> records) {
		Set<UUID> used = new HashSet<>();
		List<EvidenceView> added = new ArrayList<>();
		for (Plan plan : plans()) {
			Optional<Suggestion> record = records.stream()
				.filter((s) -> s.kind() == plan.kind() && !used.contains(s.sourceId()) && plan.which().test(s))
				.findFirst();
			if (record.isEmpty()) {
				log.info("No record of {} for a {} piece of the demo portfolio", PRACTITIONER, plan.kind());
				continue;
			}
			used.add(record.get().sourceId());
			Set<String> criteria = new LinkedHashSet<>(record.get().criteria());
			criteria.addAll(plan.b9());
			added.add(this.portfolios.addEvidence(PRACTITIONER, new NewEvidence(plan.kind(), record.get().sourceId(),
					plan.annotation(), new ArrayList<>(criteria))));
		}
		return added;
	}

	private static List<Plan> plans() {
		Predicate<Suggestion> any = (s) -> true;
		Predicate<Suggestion> internal = (s) -> Boolean.TRUE.equals(s.customerInternal());
		Predicate<Suggestion> external = (s) -> Boolean.FALSE.equals(s.customerInternal());
		return List.of(new Plan(EvidenceSource.CHAIN_TASK, (s) -> s.title().contains("Completed"),
				List.of("B9 1.1", "B9 1.3", "B9 2.1", "B9 E5a", "B9 E6a", "B9 K1"),
				"I handed the delivery problem to the courier with the order, the address and the customer's time "
						+ "window, so they could act without calling back. I told the customer who does what between "
						+ "us, the warehouse and the courier, and chased until the courier confirmed the new slot."),
				new Plan(EvidenceSource.CHAIN_TASK, (s) -> s.title().contains("Declined"),
						List.of("B9 2.2", "B9 E5b", "B9 K2"),
						"The partner declined the task as outside their area. I checked what our agreement says, "
								+ "went to their contact who can set priorities rather than arguing with the "
								+ "dispatcher, and agreed a workaround so the customer was not left waiting."),
				new Plan(EvidenceSource.CHAIN_TASK, any, List.of("B9 1.2", "B9 1.5", "B9 2.5"),
						"Our warehouse (an internal team) and the courier (an outside supplier) each held part of "
								+ "the answer. I got both on the same thread so the customer heard one story, and "
								+ "told my team that the delay sat with the warehouse, not the courier."),
				new Plan(EvidenceSource.REQUEST, internal, List.of("B9 1.4", "B9 1.6", "B9 3.1", "B9 K3"),
						"The stores are our internal customer. I gave them the same acknowledgement, updates and "
								+ "due time an outside customer gets, and warned them early that a system change "
								+ "on our side would slow refunds that week."),
				new Plan(EvidenceSource.REQUEST, internal, List.of("B9 1.4", "B9 1.6", "B9 2.5", "B9 3.4", "B9 K6"),
						"Another internal request, on a different day: I kept our team's way of working while "
								+ "agreeing with the other team how they would hear from us, and explained to "
								+ "colleagues why their request mattered to the external customers behind it."),
				new Plan(EvidenceSource.REQUEST, external, List.of("B9 1.5", "B9 3.3", "B9 K5", "B9 E1", "B9 E2"),
						"A real customer's delivery, during a week when an internal request competed for the same "
								+ "van. I followed our agreed rule (external customers first at equal priority) and "
								+ "told the internal customer when they would be served."),
				new Plan(EvidenceSource.REQUEST, external, List.of("B9 1.3", "B9 2.1", "B9 E3"),
						"A different customer on a different occasion: I explained our part and the courier's, "
								+ "kept the rapport with both and met the promised time."),
				new Plan(EvidenceSource.COMPLAINT, (s) -> s.criteria().contains("328 9.1c"),
						List.of("B9 2.2", "B9 2.3", "B9 3.5", "B9 K7"),
						"The complaint was down to the courier. I referred it to their contact, and we negotiated "
								+ "how such failed deliveries are rebooked from now on: they call the customer "
								+ "first, we confirm the slot. Both sides gave a little; the customer got a date."),
				new Plan(EvidenceSource.COMPLAINT, any, List.of("B9 1.6", "B9 2.5"),
						"I owned this complaint from acknowledgement to answer within the policy's times, and "
								+ "told the teams it touched what had gone wrong and what we changed."),
				new Plan(EvidenceSource.RELATIONSHIP_ENTRY, (s) -> s.criteria().contains("B9 E5b"),
						List.of("B9 2.2", "B9 K2"),
						"PayBridge would not chase the refunds for us. I kept to the facts, asked who could decide, "
								+ "and went to their service manager with the list; I logged it so the next review "
								+ "could take it up."),
				new Plan(EvidenceSource.ONE_TO_ONE, any, List.of("B9 2.5"),
						"In my 1:1 Maria and I agreed I learn complaint handling by shadowing the complaints desk, "
								+ "so that I know what happens to a customer's problem after I pass it on."));
	}

}
