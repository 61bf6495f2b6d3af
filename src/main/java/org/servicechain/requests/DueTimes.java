package org.servicechain.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.servicechain.agreements.AgreementManagement.AgreementInForce;
import org.servicechain.agreements.AgreementTerms;
import org.servicechain.agreements.Priority;
import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.CalendarException;

/**
 * When work is due under an agreement: its first response and resolution targets for the
 * priority, added in business time of the agreement's calendar from the moment the work
 * started (AGREE-2, AGREE-5). These instants order queues and the "what needs me" lists;
 * the clocks of the {@code sla} module explain them, with pauses, in full.
 */
@Component
class DueTimes {

	private final Catalogue catalogue;

	DueTimes(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	Due due(@Nullable AgreementInForce agreement, Priority priority, Instant start) {
		if (agreement == null) {
			return Due.NONE;
		}
		Optional<AgreementTerms.Target> target = agreement.terms().target(priority);
		if (target.isEmpty()) {
			return new Due(null, null, null, null);
		}
		try {
			BusinessCalendar calendar = this.catalogue.calendar(agreement.calendarId());
			return new Due(calendar.addWorkingTime(start, target.get().firstResponse()),
					calendar.addWorkingTime(start, target.get().resolution()), target.get().firstResponse(),
					target.get().resolution());
		}
		catch (CalendarException | org.servicechain.shared.NotFoundException ex) {
			// A calendar without working time or removed: the work has no due time rather
			// than a made-up one.
			return new Due(null, null, target.get().firstResponse(), target.get().resolution());
		}
	}

	/**
	 * The due instants and the targets they come from; all empty when no agreement covers
	 * the work.
	 */
	record Due(@Nullable Instant firstResponse, @Nullable Instant resolution, @Nullable Duration firstResponseTarget,
			@Nullable Duration resolutionTarget) {

		static final Due NONE = new Due(null, null, null, null);

	}

}
