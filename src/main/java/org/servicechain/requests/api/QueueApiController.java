package org.servicechain.requests.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.requests.QueueView;
import org.servicechain.requests.Queues;
import org.servicechain.requests.WorkloadView;

/**
 * Queues and workload over the API (REQ-4, REQ-5).
 */
@RestController
@Tag(name = "Queues")
class QueueApiController {

	private final Queues queues;

	QueueApiController(Queues queues) {
		this.queues = queues;
	}

	@GetMapping(path = "/api/v1/queues/{team}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A team's queue: its open requests and the open tasks handed to it, in order",
			description = "Overdue first, then by the internal-versus-external rule the team's agreements set; each item says why it stands where it does.")
	QueueView queue(@PathVariable UUID team, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.queues.queue(team, page, size);
	}

	@GetMapping(path = "/api/v1/queues/mine", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The caller's own work, in the same order")
	QueueView mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.queues.myWork(page, size);
	}

	@GetMapping(path = "/api/v1/workload", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Open and due-soon work per person and per team")
	WorkloadView workload() {
		return this.queues.workload();
	}

}
