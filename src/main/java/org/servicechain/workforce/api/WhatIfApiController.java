package org.servicechain.workforce.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.workforce.DemandForecasting;
import org.servicechain.workforce.WhatIfScenario;
import org.servicechain.workforce.WhatIfView;

/**
 * The what-if (WF-2): which agreements' deadlines in the coming week would be missed if
 * these people were off or demand changed. Managers only (anyone else: 422, field
 * {@code peopleOff}, rule {@code authority}); it changes nothing, so it is a POST only
 * because the scenario is a body.
 */
@RestController
@Tag(name = "Workforce")
class WhatIfApiController {

	private final DemandForecasting demand;

	WhatIfApiController(DemandForecasting demand) {
		this.demand = demand;
	}

	@PostMapping(path = "/api/v1/workforce/what-if", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Which agreements' deadlines in the coming week a scenario would miss (managers)",
			description = "peopleOff: [{username, from, to}] (ISO dates, both included; only people with a working"
					+ " pattern); demandChangePercent: -90 to 500. The answer states how it counts in 'method'.")
	WhatIfView whatIf(@RequestBody WhatIfScenario scenario) {
		return this.demand.whatIf(scenario);
	}

}
