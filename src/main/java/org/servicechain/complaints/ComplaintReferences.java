package org.servicechain.complaints;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out complaint reference numbers from a database sequence.
 */
@Component
class ComplaintReferences {

	private final JdbcClient jdbc;

	private final String next;

	ComplaintReferences(JdbcClient jdbc, EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		this.next = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect()
			.getSequenceSupport()
			.getSequenceNextValString("complaint_reference_seq");
	}

	long next() {
		return this.jdbc.sql(this.next).query(Long.class).single();
	}

}
