package org.servicechain.agreements.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.agreements.AgreementAccessPolicy;
import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementStatus;
import org.servicechain.agreements.AgreementView;
import org.servicechain.agreements.ConflictRule;
import org.servicechain.agreements.Side;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.ContactView;
import org.servicechain.chain.PartyView;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.SystemActor;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * What the staff agreement page and its partner portal twin have in common: the model of
 * the agreement page, the contacts of both parties, and carrying out one negotiation step
 * with its errors shown on the page.
 */
@Component
class AgreementPages {

	static final String DETAIL = "agreements/agreement-detail";

	static final String COUNTER = "agreements/agreement-counter";

	static final String DIFF = "agreements/agreement-diff";

	/** The lifecycle as the strip on the agreement page draws it (AGREE-3). */
	static final List<AgreementStatus> LIFECYCLE = List.of(AgreementStatus.DRAFT, AgreementStatus.PROPOSED,
			AgreementStatus.COUNTERED, AgreementStatus.AGREED, AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW,
			AgreementStatus.SUPERSEDED, AgreementStatus.EXPIRED);

	private final AgreementManagement agreements;

	private final AgreementAccessPolicy policy;

	private final ChainManagement chain;

	AgreementPages(AgreementManagement agreements, AgreementAccessPolicy policy, ChainManagement chain) {
		this.agreements = agreements;
		this.policy = policy;
		this.chain = chain;
	}

	/**
	 * Fills the model of the agreement page.
	 * @param base where the pages of this agreement live: {@code /agreements} for staff,
	 * {@code /portal/agreements} for partner users and customers
	 */
	void detail(Model model, AgreementView agreement, String base) {
		Map<Side, List<ContactView>> contacts = contactsBySide(agreement);
		Map<Side, List<ContactView>> signers = new EnumMap<>(Side.class);
		contacts
			.forEach((side, list) -> signers.put(side, list.stream().filter(ContactView::canSignAgreements).toList()));
		model.addAttribute("agreement", agreement);
		model.addAttribute("base", base);
		model.addAttribute("portal", base.startsWith("/portal"));
		model.addAttribute("canEdit", this.policy.canEdit());
		model.addAttribute("mySides", sidesOfCurrentUser(agreement));
		model.addAttribute("sides", Side.values());
		model.addAttribute("signers", signers);
		model.addAttribute("contactNames", contactNames(contacts));
		model.addAttribute("lifecycle", LIFECYCLE);
		model.addAttribute("lifecycleIndex", LIFECYCLE.indexOf(agreement.status()));
		model.addAttribute("onTheTable", agreement.status().negotiating()
				&& !Integer.valueOf(agreement.currentNumber()).equals(agreement.agreedNumber()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("shown", TermsForm.of(agreement.terms()));
		if (!base.startsWith("/portal")) {
			model.addAttribute("history", this.agreements.history(agreement.id()));
			model.addAttribute("partyBadges", this.chain.allParties()
				.stream()
				.collect(java.util.stream.Collectors.toMap(PartyView::id, java.util.function.Function.identity())));
		}
	}

	/**
	 * Fills the model of the counter-proposal form.
	 */
	void counter(Model model, AgreementView agreement, String base, TermsForm terms, @Nullable Side side,
			Map<String, String> errors) {
		List<Side> mySides = sidesOfCurrentUser(agreement);
		Side chosen = side != null ? side
				: (agreement.currentProposedBy() != null && mySides.contains(agreement.currentProposedBy().other()))
						? agreement.currentProposedBy().other() : (mySides.isEmpty() ? Side.PROVIDER : mySides.get(0));
		model.addAttribute("agreement", agreement);
		model.addAttribute("base", base);
		model.addAttribute("portal", base.startsWith("/portal"));
		model.addAttribute("mySides", mySides);
		model.addAttribute("side", chosen);
		model.addAttribute("terms", terms);
		model.addAttribute("errors", errors);
		terms(model, contactsBySide(agreement).values().stream().flatMap(List::stream).toList());
	}

	/**
	 * Adds what the terms form needs to choose from.
	 */
	static void terms(Model model, List<ContactView> escalationContacts) {
		model.addAttribute("conflictRules", ConflictRule.values());
		model.addAttribute("escalationContacts", escalationContacts);
		model.addAttribute("escalationEffects", org.servicechain.agreements.EscalationEffect.values());
	}

	/**
	 * Carries out one step on the agreement page: on success back to the page with a
	 * message; a broken rule or a stale copy shows the page again, saying what is wrong.
	 */
	String act(UUID id, String base, Model model, RedirectAttributes redirect, String done,
			Supplier<AgreementView> step) {
		try {
			step.get();
			redirect.addFlashAttribute("message", done);
			return "redirect:" + base + "/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			model.addAttribute("violations", ex.getViolations());
		}
		catch (StaleVersionException ex) {
			model.addAttribute("conflict", ex);
		}
		detail(model, this.agreements.agreement(id), base);
		return DETAIL;
	}

	/**
	 * @return the sides the signed-in user may act for: editors record either side,
	 * partner users and customers act for their own party's side only.
	 */
	List<Side> sidesOfCurrentUser(AgreementView agreement) {
		if (this.policy.canEdit()) {
			return List.of(Side.values());
		}
		UUID partyId = CurrentUser.get().map(CurrentUser::partyId).orElse(null);
		CurrentUser user = CurrentUser.get().orElse(null);
		if (user == null || user.isStaff() || partyId == null) {
			return List.of();
		}
		List<Side> sides = new ArrayList<>();
		for (Side side : Side.values()) {
			if (agreement.partyOf(side).equals(partyId)) {
				sides.add(side);
			}
		}
		return sides;
	}

	/**
	 * The contacts of both parties of an agreement the caller has just been allowed to
	 * read. Read as the system: a partner user may not browse the chain, but accepting
	 * and escalating name contacts of the agreement's parties, which the agreement shows
	 * anyway.
	 */
	Map<Side, List<ContactView>> contactsBySide(AgreementView agreement) {
		Map<Side, List<ContactView>> contacts = new EnumMap<>(Side.class);
		SystemActor.run(() -> {
			for (Side side : Side.values()) {
				contacts.put(side, this.chain.contacts(agreement.partyOf(side)));
			}
		});
		return contacts;
	}

	private static Map<UUID, String> contactNames(Map<Side, List<ContactView>> contacts) {
		Map<UUID, String> names = new LinkedHashMap<>();
		contacts.values()
			.forEach((list) -> list
				.forEach((contact) -> names.put(contact.id(), contact.name() + " (" + contact.partyName() + ")")));
		return names;
	}

}
