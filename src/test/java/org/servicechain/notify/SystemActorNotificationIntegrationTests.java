package org.servicechain.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.agreements.AgreementNegotiated;
import org.servicechain.agreements.Side;
import org.servicechain.identity.SystemActor;
import org.servicechain.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Negotiation steps the system actor takes (the demo loading its agreements, an import)
 * tell nobody: a fresh demo must not open on dozens of proposals nobody made. A review
 * coming due, which the system's sweep finds, is still told, and so is a step a person
 * takes.
 */
@IntegrationTest
class SystemActorNotificationIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void negotiationStepsOfTheSystemActorTellNobodyButReviewsDueAndPeoplesStepsDo() {
		UUID agreement = UUID.randomUUID();
		announce(agreement, AgreementNegotiated.Step.PROPOSED, SystemActor.USERNAME);
		announce(agreement, AgreementNegotiated.Step.ACCEPTED, SystemActor.USERNAME);
		announce(agreement, AgreementNegotiated.Step.AGREED, SystemActor.USERNAME);
		announce(agreement, AgreementNegotiated.Step.REVIEW_DUE, SystemActor.USERNAME);
		announce(agreement, AgreementNegotiated.Step.COUNTERED, "olivia.manager");

		List<String> kept = this.jdbc.sql("select kind from notify_happening where subject_id = ? order by kind")
			.param(agreement)
			.query(String.class)
			.list();
		assertThat(kept).containsExactly("COUNTERED", "REVIEW_DUE");
	}

	void announce(UUID agreement, AgreementNegotiated.Step step, String actor) {
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.events.publishEvent(new AgreementNegotiated(agreement, "AGR-999",
					"Test", step, (step == AgreementNegotiated.Step.REVIEW_DUE) ? null : Side.PROVIDER, 1,
					UUID.randomUUID(), UUID.randomUUID(), "olivia.manager", actor, Instant.now())));
	}

}
