package org.servicechain.chain.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.servicechain.chain.ChainAnalysis;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.ChainMapData;

/**
 * The chain map of the whole organisation or of one service, and the chain panel of the
 * dashboard (CHAIN-2, CHAIN-4).
 */
@Controller
class ChainMapController {

	private final ChainAnalysis analysis;

	private final ChainManagement chain;

	ChainMapController(ChainAnalysis analysis, ChainManagement chain) {
		this.analysis = analysis;
		this.chain = chain;
	}

	@GetMapping("/chain/map")
	String map(@RequestParam(required = false) @Nullable UUID serviceId, Model model) {
		model.addAttribute("services", this.chain.services());
		model.addAttribute("serviceId", serviceId);
		model.addAttribute("service", serviceId != null ? this.chain.service(serviceId) : null);
		// The map's data comes from map.json; the page itself analyses nothing.
		return "chain/chain-map";
	}

	@GetMapping(path = "/chain/map.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ChainMapData mapData(@RequestParam(required = false) @Nullable UUID serviceId) {
		return this.analysis.map(serviceId);
	}

	@GetMapping("/chain/summary")
	String summary(Model model) {
		model.addAttribute("overview", this.analysis.overview());
		model.addAttribute("services", this.chain.services());
		return "chain/chain-summary";
	}

}
