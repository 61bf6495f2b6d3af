/**
 * The service chain: parties (our teams, outside organisations, customers), the services
 * they provide to one another as links, contacts with their authority and relationships,
 * and the analysis of the resulting graph (CHAIN-1 … CHAIN-5).
 */
@ApplicationModule(displayName = "Service chain", allowedDependencies = { "shared", "identity", "search", "privacy" })
@NullMarked
package org.servicechain.chain;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
