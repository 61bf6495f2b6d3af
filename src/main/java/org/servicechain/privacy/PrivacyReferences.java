package org.servicechain.privacy;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out the reference numbers of subject access requests (SAR-n) and breaches (BR-n)
 * from database sequences, so two administrators never get the same one.
 */
@Component
class PrivacyReferences {

	private final JdbcClient jdbc;

	private final String nextRequest;

	private final String nextBreach;

	PrivacyReferences(JdbcClient jdbc, EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		var sequences = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect()
			.getSequenceSupport();
		this.nextRequest = sequences.getSequenceNextValString("privacy_sar_reference_seq");
		this.nextBreach = sequences.getSequenceNextValString("privacy_breach_reference_seq");
	}

	long nextRequest() {
		return this.jdbc.sql(this.nextRequest).query(Long.class).single();
	}

	long nextBreach() {
		return this.jdbc.sql(this.nextBreach).query(Long.class).single();
	}

}
