package org.servicechain.improvement;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out audit numbers (AUD-n) from a database sequence, so two nodes never give the
 * same one.
 */
@Component
class AuditNumbers {

	private final JdbcClient jdbc;

	private final String next;

	AuditNumbers(JdbcClient jdbc, EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		this.next = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect()
			.getSequenceSupport()
			.getSequenceNextValString("improvement_audit_number_seq");
	}

	long next() {
		return this.jdbc.sql(this.next).query(Long.class).single();
	}

}
