package org.servicechain.requests;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out request reference numbers from a database sequence: unique across instances
 * without a lock, in the SQL of whichever database is in use.
 */
@Component
class References {

	private final JdbcClient jdbc;

	private final String next;

	References(JdbcClient jdbc, EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		this.next = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect()
			.getSequenceSupport()
			.getSequenceNextValString("request_reference_seq");
	}

	long next() {
		return this.jdbc.sql(this.next).query(Long.class).single();
	}

}
