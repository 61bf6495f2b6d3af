package org.servicechain.requests;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A cheap answer to "has the chain or an agreement changed?", so the {@link Catalogue}
 * can keep what it read until it has. One query of four aggregates over the tables of
 * parties, services, links and agreements: how many rows, the sum of their versions and
 * the newest creation. A created row changes the count and the newest creation, an
 * updated one (every aggregate has a version, and a changed collection such as a
 * service's needs or an agreement's terms bumps its owner's) the sum, a deleted one the
 * count. Asked of the database on every use, it is right across instances.
 *
 * <p>
 * It reads tables the {@code chain} and {@code agreements} modules own, but only these
 * aggregates of columns every aggregate has; see docs/architecture.md for why it is here
 * and where it should move.
 */
@Component
class ChainVersion {

	private static final String QUERY = """
			select 'party', count(*), coalesce(sum(version), 0), max(created_at) from party
			union all select 'service', count(*), coalesce(sum(version), 0), max(created_at) from service_offering
			union all select 'link', count(*), coalesce(sum(version), 0), max(created_at) from link
			union all select 'agreement', count(*), coalesce(sum(version), 0), max(created_at) from agreement""";

	private final JdbcClient jdbc;

	ChainVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return a value that differs whenever parties, services, links or agreements have
	 * changed.
	 */
	String current() {
		List<String> rows = this.jdbc.sql(QUERY)
			.query((rs, row) -> rs.getString(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3) + ":" + rs.getString(4))
			.list();
		return String.join("|", rows);
	}

}
