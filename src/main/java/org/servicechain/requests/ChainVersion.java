package org.servicechain.requests;

import org.servicechain.agreements.AgreementManagement;
import org.servicechain.chain.ChainManagement;

import org.springframework.stereotype.Component;

/**
 * A cheap answer to "has the chain or an agreement changed?", so the {@link Catalogue}
 * can keep what it read until it has: the change stamps the chain and agreements modules
 * give of their own records (how many, the sum of their versions, the newest creation).
 * Asked of the database on every use, it is right across instances.
 */
@Component
class ChainVersion {

	private final ChainManagement chain;

	private final AgreementManagement agreements;

	ChainVersion(ChainManagement chain, AgreementManagement agreements) {
		this.chain = chain;
		this.agreements = agreements;
	}

	/**
	 * @return a value that differs whenever parties, services, links or agreements have
	 * changed.
	 */
	String current() {
		return this.chain.changeStamp() + "|" + this.agreements.changeStamp();
	}

}
