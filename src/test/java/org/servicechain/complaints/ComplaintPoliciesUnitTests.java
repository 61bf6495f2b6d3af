package org.servicechain.complaints;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.WorkingInterval;
import org.servicechain.complaints.ComplaintEventView.Kind;
import org.servicechain.sla.ClockState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaints module's pure rules, without Spring: the step clocks derived from a
 * complaint's history, the Consumer Rights Act 2015 remedies and the 30-day short-term
 * right to reject, and who may approve which remedy up to what value.
 */
class ComplaintPoliciesUnitTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final BusinessCalendar OFFICE = officeHours();

	static BusinessCalendar officeHours() {
		BusinessCalendar.Builder builder = BusinessCalendar.builder(LONDON);
		for (java.time.DayOfWeek day : List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY,
				java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY)) {
			builder.hours(day, WorkingInterval.of(LocalTime.of(9, 0), LocalTime.of(17, 0)));
		}
		return builder.build();
	}

	static final Instant MONDAY_TEN = Instant.parse("2026-11-02T10:00:00Z");

	static Map<ComplaintStep, Duration> targets() {
		Map<ComplaintStep, Duration> targets = new EnumMap<>(ComplaintStep.class);
		targets.put(ComplaintStep.ACKNOWLEDGE, Duration.ofHours(8));
		targets.put(ComplaintStep.APOLOGISE, Duration.ofHours(16));
		targets.put(ComplaintStep.ANALYSE, Duration.ofHours(160));
		targets.put(ComplaintStep.ACT, Duration.ofHours(320));
		targets.put(ComplaintStep.ASSURE, Duration.ofHours(40));
		return targets;
	}

	static ComplaintEventView event(Instant at, Kind kind, ComplaintStep step) {
		return new ComplaintEventView(at, "agent", kind, step, null, null);
	}

	@Test
	void everyStepButAssureStartsAtReceiptAndStopsWhenDone() {
		List<ComplaintEventView> history = List.of(event(MONDAY_TEN, Kind.RECEIVED, null),
				event(MONDAY_TEN.plus(Duration.ofHours(3)), Kind.STEP_DONE, ComplaintStep.ACKNOWLEDGE));
		Map<ComplaintStep, ClockState> clocks = ComplaintClockPolicy.derive(targets(), 75, OFFICE, history,
				Instant.parse("2026-11-04T10:00:00Z"));
		assertThat(clocks.get(ComplaintStep.ACKNOWLEDGE).tone()).isEqualTo("met");
		// Apologise: two working days from Monday 10:00 is Wednesday 10:00, now.
		assertThat(clocks.get(ComplaintStep.APOLOGISE).dueAt()).isEqualTo(Instant.parse("2026-11-04T10:00:00Z"));
		assertThat(clocks.get(ComplaintStep.ACT).dueAt()).isEqualTo(Instant.parse("2026-12-28T10:00:00Z"));
		assertThat(clocks.get(ComplaintStep.ASSURE).state()).isEqualTo(ClockState.State.NOT_STARTED);
	}

	@Test
	void aRejectedResolutionLetsTheFinalResponseClockCountOnAndAReferralRetargetsTheStepDue() {
		Instant acted = Instant.parse("2026-11-09T10:00:00Z");
		Instant rejected = Instant.parse("2026-11-10T10:00:00Z");
		List<ComplaintEventView> history = List.of(event(MONDAY_TEN, Kind.RECEIVED, null),
				event(acted, Kind.STEP_DONE, ComplaintStep.ACT), event(rejected, Kind.RESOLUTION_REJECTED, null),
				new ComplaintEventView(MONDAY_TEN.plus(Duration.ofHours(1)), "agent", Kind.REFERRED,
						ComplaintStep.ACKNOWLEDGE, Instant.parse("2026-11-04T12:00:00Z"), "courier"));
		Map<ComplaintStep, ClockState> clocks = ComplaintClockPolicy.derive(targets(), 75, OFFICE, history,
				Instant.parse("2026-11-11T10:00:00Z"));
		ClockState act = clocks.get(ComplaintStep.ACT);
		assertThat(act.state()).isEqualTo(ClockState.State.RUNNING);
		// Five working days counted before the proposal, one while waiting on the
		// customer's answer was not counted, one since.
		assertThat(act.elapsed()).isEqualTo(Duration.ofHours(48));
		assertThat(clocks.get(ComplaintStep.ACKNOWLEDGE).dueAt()).isEqualTo(Instant.parse("2026-11-04T12:00:00Z"));
	}

	@Test
	void pendingActionsExcludeWhatWasActedOnAndPassedOnesAreDueAtOnce() {
		List<ComplaintEventView> history = List.of(event(MONDAY_TEN, Kind.RECEIVED, null));
		Map<ComplaintStep, ClockState> clocks = ComplaintClockPolicy.derive(targets(), 75, OFFICE, history,
				Instant.parse("2026-11-03T11:00:00Z"));
		List<ComplaintClockPolicy.Due> pending = ComplaintClockPolicy.pending(clocks, Set.of("ACKNOWLEDGE/0/WARNING"));
		assertThat(pending.get(0).step()).isEqualTo(ComplaintStep.ACKNOWLEDGE);
		assertThat(pending.get(0).action()).isEqualTo(ComplaintClockPolicy.Action.BREACH);
		assertThat(pending.get(0).at()).isEqualTo(Instant.parse("2026-11-03T10:00:00Z"));
		assertThat(pending).noneMatch((due) -> due.step() == ComplaintStep.ACKNOWLEDGE
				&& due.action() == ComplaintClockPolicy.Action.WARNING);
	}

	@Test
	void theShortTermRightToRejectAppliesForThirtyDaysFromDeliveryToConsumersOnly() {
		LocalDate delivered = LocalDate.of(2026, 11, 1);
		ConsumerRightsPolicy.Rights within = ConsumerRightsPolicy.rights(true, delivered, LocalDate.of(2026, 12, 1));
		assertThat(within.shortTermRejectOpen()).isTrue();
		assertThat(within.rejectUntil()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(within.choices()).contains(Remedy.SHORT_TERM_REJECT, Remedy.REPAIR, Remedy.REPLACEMENT)
			.doesNotContain(Remedy.REPEAT_PERFORMANCE);
		assertThat(within.explanation()).contains("until 2026-12-01");

		ConsumerRightsPolicy.Rights after = ConsumerRightsPolicy.rights(true, delivered, LocalDate.of(2026, 12, 2));
		assertThat(after.shortTermRejectOpen()).isFalse();
		assertThat(after.choices()).doesNotContain(Remedy.SHORT_TERM_REJECT);

		ConsumerRightsPolicy.Rights service = ConsumerRightsPolicy.rights(true, null, LocalDate.of(2026, 12, 2));
		assertThat(service.choices()).contains(Remedy.REPEAT_PERFORMANCE, Remedy.PRICE_REDUCTION)
			.doesNotContain(Remedy.REPAIR, Remedy.SHORT_TERM_REJECT);

		ConsumerRightsPolicy.Rights business = ConsumerRightsPolicy.rights(false, delivered, LocalDate.of(2026, 11, 2));
		assertThat(business.consumer()).isFalse();
		assertThat(business.choices()).doesNotContain(Remedy.SHORT_TERM_REJECT);
	}

	@Test
	void remediesNeedAnApproverWhoseRecordedAuthorityCoversThem() {
		RemedyAuthorityPolicy.Limits limits = new RemedyAuthorityPolicy.Limits(new BigDecimal("50"),
				new BigDecimal("1000"), 2);
		RemedyAuthorityPolicy.Authority supervisor = new RemedyAuthorityPolicy.Authority("Sam", true,
				new BigDecimal("500"), 1);
		RemedyAuthorityPolicy.Authority director = new RemedyAuthorityPolicy.Authority("Dana", true,
				new BigDecimal("5000"), 3);
		assertThat(RemedyAuthorityPolicy.refusal(limits, new BigDecimal("50"), null)).isEmpty();
		assertThat(RemedyAuthorityPolicy.refusal(limits, new BigDecimal("50.01"), null)).isPresent();
		assertThat(RemedyAuthorityPolicy.refusal(limits, new BigDecimal("500"), supervisor)).isEmpty();
		assertThat(RemedyAuthorityPolicy.refusal(limits, new BigDecimal("500.01"), supervisor)).get()
			.asString()
			.contains("may approve up to £500.00");
		assertThat(RemedyAuthorityPolicy.refusal(limits, new BigDecimal("1000"),
				new RemedyAuthorityPolicy.Authority("Lee", true, new BigDecimal("5000"), 1)))
			.get()
			.asString()
			.contains("level 2");
		assertThat(RemedyAuthorityPolicy.refusal(limits, new BigDecimal("1000"), director)).isEmpty();
		assertThat(RemedyAuthorityPolicy.refusal(limits, new BigDecimal("60"),
				new RemedyAuthorityPolicy.Authority("Nico", false, null, null)))
			.get()
			.asString()
			.contains("may not approve spending");
	}

}
