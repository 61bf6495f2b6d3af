package org.servicechain.chain.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.PartyView;
import org.servicechain.identity.CurrentUser;

/**
 * The landing page of partner users and customers (INT-2): their own party and the
 * services that connect it to us, nothing of anyone else's.
 */
@Controller
class PortalController {

	private final ChainManagement chain;

	PortalController(ChainManagement chain) {
		this.chain = chain;
	}

	@GetMapping("/portal")
	String portal(Model model) {
		UUID partyId = CurrentUser.get()
			.map(CurrentUser::partyId)
			.orElseThrow(() -> new AccessDeniedException("Portal users act for a party"));
		PartyView party = this.chain.party(partyId);
		List<String> services = this.chain.servicesOf(partyId);
		model.addAttribute("party", party);
		model.addAttribute("services", services);
		return "chain/portal";
	}

}
