package org.servicechain.chain.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.chain.ChainAnalysis;
import org.servicechain.chain.ChainMapData;
import org.servicechain.chain.ChainOverview;
import org.servicechain.chain.Impact;
import org.servicechain.chain.ServiceChain;

/**
 * Analysis of the chain (CHAIN-2, CHAIN-3, CHAIN-4): the chain behind a service, impact
 * of a party or link, single points of failure, cycles, and the map as data.
 */
@RestController
@Tag(name = "Chain analysis")
class ChainAnalysisApiController {

	private final ChainAnalysis analysis;

	ChainAnalysisApiController(ChainAnalysis analysis) {
		this.analysis = analysis;
	}

	@GetMapping(path = "/api/v1/services/{id}/chain", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The chain upstream of a service, its single points of failure and where authority sits")
	ServiceChain chain(@PathVariable UUID id) {
		return this.analysis.chainOf(id);
	}

	@GetMapping(path = "/api/v1/parties/{id}/impact", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "What depends on a party downstream and what it depends on upstream")
	Impact partyImpact(@PathVariable UUID id) {
		return this.analysis.impactOfParty(id);
	}

	@GetMapping(path = "/api/v1/links/{id}/impact", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "What depends on a link downstream and what it depends on upstream")
	Impact linkImpact(@PathVariable UUID id) {
		return this.analysis.impactOfLink(id);
	}

	@GetMapping(path = "/api/v1/chain/overview", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Counts, single points of failure, cycles and disconnected parties of the whole chain")
	ChainOverview overview() {
		return this.analysis.overview();
	}

	@GetMapping(path = "/api/v1/chain/map", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The chain map as nodes and edges, for one service or the whole organisation")
	ChainMapData map(@RequestParam(required = false) @Nullable UUID serviceId) {
		return this.analysis.map(serviceId);
	}

}
