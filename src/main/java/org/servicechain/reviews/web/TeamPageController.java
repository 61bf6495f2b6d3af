package org.servicechain.reviews.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.servicechain.reviews.Teams;

/**
 * A team's page (B9 1.4): purpose, members, the services it provides and consumes, its
 * scorecard, objectives and meetings. Staff only.
 */
@Controller
class TeamPageController {

	private final Teams teams;

	TeamPageController(Teams teams) {
		this.teams = teams;
	}

	@GetMapping("/teams/{id}")
	String team(@PathVariable UUID id, Model model) {
		model.addAttribute("team", this.teams.team(id));
		return "reviews/team";
	}

}
