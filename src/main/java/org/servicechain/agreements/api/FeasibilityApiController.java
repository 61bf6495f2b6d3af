package org.servicechain.agreements.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.agreements.CheckingFeasibility;
import org.servicechain.agreements.FeasibilityView;

/**
 * Can a customer SLA's promises be kept along the chain beneath them? (AGREE-4)
 */
@RestController
@Tag(name = "Agreements")
class FeasibilityApiController {

	private final CheckingFeasibility feasibility;

	FeasibilityApiController(CheckingFeasibility feasibility) {
		this.feasibility = feasibility;
	}

	@GetMapping(path = "/api/v1/agreements/{id}/feasibility", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check each promise of a customer SLA against the OLAs and contracts beneath it",
			description = "Per covered service and priority: verdict (KEPT, BROKEN, UNVERIFIED), worst start over the "
					+ "coming week, slack or deficit, critical path with each link's target in its own calendar, "
					+ "the bottleneck, and the links that carry no agreement.")
	List<FeasibilityView> check(@PathVariable UUID id) {
		return this.feasibility.check(id);
	}

}
