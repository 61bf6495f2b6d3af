package org.servicechain.requests.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.servicechain.requests.Queues;
import org.servicechain.requests.RequestQueries;

/**
 * Team queues, one's own work and the workload of everyone (REQ-4, REQ-5): the order is
 * the agreed one, and every item says why it stands where it does.
 */
@Controller
class QueueController {

	private final Queues queues;

	private final RequestQueries queries;

	QueueController(Queues queues, RequestQueries queries) {
		this.queues = queues;
		this.queries = queries;
	}

	@GetMapping("/queues")
	String queues(Model model) {
		model.addAttribute("workload", this.queues.workload());
		model.addAttribute("now", java.time.Instant.now());
		return "requests/queues";
	}

	@GetMapping("/queues/mine")
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("queue", this.queues.myWork(page, 25));
		model.addAttribute("mine", true);
		return "requests/queue";
	}

	@GetMapping("/queues/{team}")
	String queue(@PathVariable UUID team, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("queue", this.queues.queue(team, page, 25));
		model.addAttribute("mine", false);
		return "requests/queue";
	}

}
