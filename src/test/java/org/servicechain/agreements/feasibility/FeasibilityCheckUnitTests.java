package org.servicechain.agreements.feasibility;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.servicechain.agreements.feasibility.ChainUnderTest.requestRaisedAt;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.WEEK_OF_1_JUNE_2026;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.agreement;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.fortyEightHoursRoundTheClock;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.london;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.officeCalendar;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.twoWorkingDaysInTheOffice;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.workingHours;

/**
 * A serial chain (AGREE-4): a courier delivers parcels to the warehouse, the warehouse
 * picks for the front line, and the front line promises home delivery to its customers
 * within 2 working days of the office (Monday to Friday 09:00-17:00 London). The week
 * tried starts on Monday 1 June 2026, 00:00 London, with a start every 15 minutes.
 */
class FeasibilityCheckUnitTests {

	private static ChainUnderTest homeDelivery(Duration courierTarget) {
		return new ChainUnderTest()
			.link("courier->warehouse", "parcels", agreement("OLA-COURIER", courierTarget, officeCalendar()))
			.link("warehouse->frontLine", "picking", agreement("OLA-WAREHOUSE", workingHours(4), officeCalendar()),
					"courier->warehouse")
			.link("frontLine->customer", "homeDelivery",
					agreement("SLA-HOME-DELIVERY", workingHours(16), officeCalendar()), "warehouse->frontLine");
	}

	@Test
	void keepsTwoWorkingDaysWhenCourierAndWarehouseNeedTwelveWorkingHours() {
		ChainUnderTest chain = homeDelivery(workingHours(8));

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		// All in one calendar, so 16 - 8 - 4 = 4 working hours are left at every start.
		// The least wall-clock slack is at the first start: counting begins Monday 09:00,
		// the parcels are picked by Tuesday 13:00 and the customer is owed them by 17:00.
		assertThat(report.verdict()).isEqualTo(Verdict.KEPT);
		assertThat(report.startsEvaluated()).isEqualTo(672);
		assertThat(report.promise()).isEqualTo(workingHours(16));
		assertThat(report.promiseZone()).isEqualTo("Europe/London");
		assertThat(report.worstStart()).isEqualTo(london("2026-06-01T00:00"));
		assertThat(report.worstSlack()).isEqualTo(Duration.ofHours(4));
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(4));
		assertThat(chain.path(report)).containsExactly("courier->warehouse", "warehouse->frontLine",
				"frontLine->customer");
		assertThat(report.uncoveredLinkIds()).isEmpty();
		assertThat(report.cycleLinkIds()).isEmpty();
	}

	@Test
	void reportsTheMostSlackWhereTheSpareHoursSpanTheWeekend() {
		FeasibilityReport report = homeDelivery(workingHours(8))
			.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		// Raised Thursday 09:15: the parcels are picked by Friday 13:15 (12 working
		// hours)
		// and due Monday 09:15 (16), so the 4 spare working hours span the weekend: 68
		// hours
		// on the wall clock. Thursday 09:00 would leave only Friday 13:00-17:00.
		assertThat(report.bestStart()).isEqualTo(london("2026-06-04T09:15"));
		assertThat(report.bestSlack()).isEqualTo(Duration.ofHours(68));
	}

	@Test
	void breaksTwoWorkingDaysWhenTheCourierNeedsThreeWorkingDays() {
		ChainUnderTest chain = homeDelivery(workingHours(24));

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		// 24 + 4 = 28 working hours against 16: 12 working hours short at every start. On
		// the wall clock the deficit is largest where those 12 hours span a night and the
		// weekend. The first such start is Tuesday 13:15:
		// due = Tue 13:15 + 16 h = Tue 3.75 + Wed 8 + Thu 4.25 -> Thursday 13:15;
		// courier = Tue 13:15 + 24 h = Tue 3.75 + Wed 8 + Thu 8 + Fri 4.25 -> Friday
		// 13:15;
		// warehouse = Fri 13:15 + 4 h = Fri 3.75 + Mon 0.25 -> Monday 8 June 09:15;
		// slack = Thu 13:15 - Mon 09:15 = -(24 + 64 + 4) = -92 hours, -12 working hours.
		// A Friday-afternoon request is not the worst here: the promise's own calendar
		// stops for the weekend too, so both the due instant and the chain move by it.
		assertThat(report.verdict()).isEqualTo(Verdict.BROKEN);
		assertThat(report.worstStart()).isEqualTo(london("2026-06-02T13:15"));
		assertThat(report.worstSlack()).isEqualTo(Duration.ofHours(-92));
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(-12));
		assertThat(chain.name(report.bottleneckLinkId())).isEqualTo("courier->warehouse");

		PathStep courier = chain.step(report, "courier->warehouse");
		assertThat(courier.agreementReference()).isEqualTo("OLA-COURIER");
		assertThat(courier.agreementId()).isNotNull();
		assertThat(courier.target()).isEqualTo(workingHours(24));
		assertThat(courier.zone()).isEqualTo("Europe/London");
		assertThat(courier.ready()).isEqualTo(london("2026-06-02T13:15"));
		assertThat(courier.finish()).isEqualTo(london("2026-06-05T13:15"));
		assertThat(courier.contribution()).isEqualTo(Duration.ofHours(72));

		PathStep warehouse = chain.step(report, "warehouse->frontLine");
		assertThat(warehouse.ready()).isEqualTo(london("2026-06-05T13:15"));
		assertThat(warehouse.finish()).isEqualTo(london("2026-06-08T09:15"));
		assertThat(warehouse.contribution()).isEqualTo(Duration.ofHours(68));
	}

	@Test
	void reportsTheSmallestDeficitAsTheBestStart() {
		FeasibilityReport report = homeDelivery(workingHours(24))
			.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		// 12 working hours short always cover at least one night (8 + 16 + 4 = 28 hours).
		// Monday 09:15: due Wednesday 09:15, delivered Thursday 13:15.
		assertThat(report.bestStart()).isEqualTo(london("2026-06-01T09:15"));
		assertThat(report.bestSlack()).isEqualTo(Duration.ofHours(-28));
	}

	@Test
	void endsTheCriticalPathWithTheCustomerFacingLinkMeasuredByThePromise() {
		ChainUnderTest chain = homeDelivery(workingHours(8));

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		// Its own target is the promise: not added, so it takes no time on the path.
		PathStep frontLine = report.criticalPath().get(report.criticalPath().size() - 1);
		assertThat(chain.name(frontLine.linkId())).isEqualTo("frontLine->customer");
		assertThat(frontLine.agreementReference()).isEqualTo("SLA-HOME-DELIVERY");
		assertThat(frontLine.target()).isEqualTo(workingHours(16));
		assertThat(frontLine.zone()).isEqualTo("Europe/London");
		assertThat(frontLine.ready()).isEqualTo(london("2026-06-02T13:00"));
		assertThat(frontLine.finish()).isEqualTo(frontLine.ready());
		assertThat(frontLine.contribution()).isZero();
	}

	@Test
	void measuresTheBottleneckOnTheWallClockSoANightCounts() {
		ChainUnderTest chain = homeDelivery(workingHours(8));

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		// At the worst start (Monday 00:00) the courier takes Monday 00:00-17:00 (17
		// hours,
		// waiting for the office to open included) and the warehouse's 4 working hours
		// run
		// from Monday 17:00 to Tuesday 13:00 (20 hours, over the night).
		assertThat(chain.step(report, "courier->warehouse").contribution()).isEqualTo(Duration.ofHours(17));
		assertThat(chain.step(report, "warehouse->frontLine").contribution()).isEqualTo(Duration.ofHours(20));
		assertThat(chain.name(report.bottleneckLinkId())).isEqualTo("warehouse->frontLine");
	}

	@Test
	void aRoundTheClockPromiseSuffersMostWhenTheWeekendFallsInsideTheChain() {
		ChainUnderTest chain = homeDelivery(workingHours(8));
		FeasibilityCheck check = chain.check(fortyEightHoursRoundTheClock(), "frontLine->customer");

		FeasibilityReport week = check.evaluate(WEEK_OF_1_JUNE_2026);

		// The customer's 48 hours run through the weekend; the office does not. Thursday
		// 13:15: courier Thu 3.75 + Fri 4.25 -> Friday 13:15; warehouse Fri 3.75 + Mon
		// 0.25
		// -> Monday 09:15; due Saturday 13:15; 44 hours short. Friday afternoon is as
		// bad:
		// courier -> Monday 13:15, warehouse -> Tuesday 09:15, due Sunday 13:15.
		assertThat(week.verdict()).isEqualTo(Verdict.BROKEN);
		assertThat(week.worstStart()).isEqualTo(london("2026-06-04T13:15"));
		assertThat(week.worstSlack()).isEqualTo(Duration.ofHours(-44));
		assertThat(week.worstSlackWorking()).isEqualTo(Duration.ofHours(-44));
		assertThat(chain.name(week.bottleneckLinkId())).isEqualTo("warehouse->frontLine");

		FeasibilityReport fridayAfternoon = requestRaisedAt(check, london("2026-06-05T13:15"));
		assertThat(fridayAfternoon.worstSlack()).isEqualTo(Duration.ofHours(-44));
		assertThat(chain.name(fridayAfternoon.bottleneckLinkId())).isEqualTo("courier->warehouse");
		assertThat(requestRaisedAt(check, london("2026-06-01T09:00")).worstSlack()).isPositive();
	}

	@Test
	void triesOneStartWhenTheStepIsAWeek() {
		FeasibilityReport report = requestRaisedAt(
				homeDelivery(workingHours(8)).check(twoWorkingDaysInTheOffice(), "frontLine->customer"),
				london("2026-06-01T10:00"));

		// Monday 10:00: picked by Tuesday 14:00, due Wednesday 10:00.
		assertThat(report.startsEvaluated()).isEqualTo(1);
		assertThat(report.worstStart()).isEqualTo(report.bestStart());
		assertThat(report.worstSlack()).isEqualTo(Duration.ofHours(20));
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(4));
	}

	@Test
	void triesAStartEveryStepAcrossTheWeek() {
		FeasibilityCheck check = homeDelivery(workingHours(8)).check(twoWorkingDaysInTheOffice(),
				"frontLine->customer");

		assertThat(check.evaluate(WEEK_OF_1_JUNE_2026, Duration.ofHours(1)).startsEvaluated()).isEqualTo(168);
		assertThat(check.evaluate(WEEK_OF_1_JUNE_2026, Duration.ofMinutes(50)).startsEvaluated()).isEqualTo(202);
	}

	@Test
	void aFrontLineThatNeedsNobodyHasTheWholePromiseToSpare() {
		ChainUnderTest chain = new ChainUnderTest().uncoveredLink("frontLine->customer", "advice");

		FeasibilityReport report = requestRaisedAt(chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer"),
				london("2026-06-01T09:00"));

		assertThat(report.verdict()).isEqualTo(Verdict.KEPT);
		assertThat(report.worstSlack()).isEqualTo(Duration.ofHours(32));
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(16));
		assertThat(chain.path(report)).containsExactly("frontLine->customer");
		assertThat(report.bottleneckLinkId()).isNull();
	}

	@Test
	void reportsTheSameWhateverTheOrderOfTheSteps() {
		ChainUnderTest chain = homeDelivery(workingHours(24));

		assertThat(chain.checkWithStepsReversed(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026))
			.isEqualTo(chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer").evaluate(WEEK_OF_1_JUNE_2026));
	}

	@Test
	void rejectsAnInputThatIsNotAStep() {
		ChainUnderTest chain = new ChainUnderTest().uncoveredLink("frontLine->customer", "homeDelivery",
				"warehouse->frontLine");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer"))
			.withMessageContaining("is not among the steps");
	}

	@Test
	void rejectsACustomerFacingLinkThatIsNotAStep() {
		ChainUnderTest chain = homeDelivery(workingHours(8));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> chain.check(twoWorkingDaysInTheOffice(), "shop->customer"))
			.withMessageContaining("customer-facing link");
	}

	@Test
	void rejectsAChainWithoutCustomerFacingLinks() {
		ChainUnderTest chain = homeDelivery(workingHours(8));

		assertThatIllegalArgumentException().isThrownBy(() -> chain.check(twoWorkingDaysInTheOffice()));
	}

	@Test
	void rejectsALinkGivenTwice() {
		ChainStep step = new ChainStep(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				List.of(), null);

		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> FeasibilityCheck.of(twoWorkingDaysInTheOffice(), List.of(step, step), List.of(step.linkId())))
			.withMessageContaining("more than one step");
	}

	@Test
	void rejectsAStepThatIsNotPositiveWholeSeconds() {
		FeasibilityCheck check = homeDelivery(workingHours(8)).check(twoWorkingDaysInTheOffice(),
				"frontLine->customer");

		assertThatIllegalArgumentException().isThrownBy(() -> check.evaluate(WEEK_OF_1_JUNE_2026, Duration.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> check.evaluate(WEEK_OF_1_JUNE_2026, Duration.ofMillis(1500)));
	}

	@Test
	void rejectsANegativeTarget() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Promise(Duration.ofHours(-1), officeCalendar()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> agreement("OLA-NEGATIVE", Duration.ofHours(-1), officeCalendar()));
	}

}
