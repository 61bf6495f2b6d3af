package org.servicechain.agreements.feasibility;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.agreements.feasibility.ChainUnderTest.requestRaisedAt;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.agreement;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.london;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.newYork;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.newYorkOffice;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.officeCalendar;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.roundTheClock;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.twoWorkingDaysInTheOffice;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.warehouseShifts;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.workingHours;

/**
 * Each link's target counts in its own agreement's calendar (AGREE-4, AGREE-5): a 24/7
 * supplier, an office team, a warehouse working Saturdays, a supplier in New York.
 */
class FeasibilityCheckCalendarsUnitTests {

	@Test
	void aRoundTheClockSupplierFinishesAtNightAndTheOfficeTeamStartsOnMonday() {
		ChainUnderTest chain = new ChainUnderTest()
			.link("hosting->appTeam", "hosting", agreement("UC-HOSTING", Duration.ofHours(4), roundTheClock()))
			.link("appTeam->serviceDesk", "appSupport", agreement("OLA-APPS", workingHours(4), officeCalendar()),
					"hosting->appTeam")
			.uncoveredLink("serviceDesk->customer", "onlineBanking", "appTeam->serviceDesk");

		FeasibilityReport report = requestRaisedAt(chain.check(twoWorkingDaysInTheOffice(), "serviceDesk->customer"),
				london("2026-06-05T16:00"));

		// Friday 16:00: hosting done at 20:00; the application team's 4 working hours are
		// Monday 09:00-13:00. Due: Fri 1 + Mon 8 + Tue 7 -> Tuesday 16:00.
		PathStep hosting = chain.step(report, "hosting->appTeam");
		assertThat(hosting.finish()).isEqualTo(london("2026-06-05T20:00"));
		assertThat(hosting.contribution()).isEqualTo(Duration.ofHours(4));
		PathStep appTeam = chain.step(report, "appTeam->serviceDesk");
		assertThat(appTeam.ready()).isEqualTo(london("2026-06-05T20:00"));
		assertThat(appTeam.finish()).isEqualTo(london("2026-06-08T13:00"));
		assertThat(appTeam.contribution()).isEqualTo(Duration.ofHours(65));
		assertThat(report.worstSlack()).isEqualTo(Duration.ofHours(27));
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(11));
		assertThat(chain.name(report.bottleneckLinkId())).isEqualTo("appTeam->serviceDesk");
	}

	@Test
	void aWarehouseWorkingSaturdaysPicksBeforeTheOfficeReopens() {
		ChainUnderTest chain = new ChainUnderTest()
			.link("courier->warehouse", "parcels", agreement("UC-COURIER", Duration.ofHours(4), roundTheClock()))
			.link("warehouse->frontLine", "picking", agreement("OLA-WAREHOUSE", workingHours(4), warehouseShifts()),
					"courier->warehouse")
			.uncoveredLink("frontLine->customer", "homeDelivery", "warehouse->frontLine");

		FeasibilityReport report = requestRaisedAt(chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer"),
				london("2026-06-05T19:00"));

		// Friday 19:00: the courier delivers at 23:00, the early shift picks on Saturday
		// 06:00-10:00; the customer is owed the parcel by Tuesday 17:00.
		assertThat(chain.step(report, "warehouse->frontLine").finish()).isEqualTo(london("2026-06-06T10:00"));
		assertThat(report.worstSlack()).isEqualTo(Duration.ofHours(79));
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(16));
	}

	private static ChainUnderTest repairsWithComponentsFromNewYork() {
		return new ChainUnderTest()
			.link("usSupplier->ukTeam", "components", agreement("UC-US-COMPONENTS", workingHours(3), newYorkOffice()))
			.link("ukTeam->frontLine", "repairs", agreement("OLA-REPAIRS", workingHours(4), officeCalendar()),
					"usSupplier->ukTeam")
			.uncoveredLink("frontLine->customer", "repairService", "ukTeam->frontLine");
	}

	@Test
	void aNewYorkSupplierWorksInItsOwnHours() {
		ChainUnderTest chain = repairsWithComponentsFromNewYork();

		FeasibilityReport report = requestRaisedAt(chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer"),
				london("2026-06-01T10:00"));

		// Monday 10:00 London is 05:00 in New York. The supplier works 09:00-12:00 New
		// York
		// time, which is 14:00-17:00 London; the UK team then has closed and works
		// Tuesday
		// 09:00-13:00. Due: Mon 7 + Tue 8 + Wed 1 -> Wednesday 10:00.
		PathStep supplier = chain.step(report, "usSupplier->ukTeam");
		assertThat(supplier.zone()).isEqualTo("America/New_York");
		assertThat(supplier.finish()).isEqualTo(newYork("2026-06-01T12:00"));
		assertThat(chain.step(report, "ukTeam->frontLine").finish()).isEqualTo(london("2026-06-02T13:00"));
		assertThat(report.worstSlack()).isEqualTo(Duration.ofHours(21));
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(5));
	}

	@Test
	void aNewYorkSupplierHandsOverAnHourEarlierWhileOnlyAmericaHasChangedItsClocks() {
		ChainUnderTest chain = repairsWithComponentsFromNewYork();

		FeasibilityReport report = requestRaisedAt(chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer"),
				london("2026-03-16T10:00"));

		// America moved its clocks on 8 March 2026, Britain only on 29 March: New York is
		// 4
		// hours behind London, not 5. The supplier's 09:00-12:00 is 13:00-16:00 London,
		// so
		// the UK team gets an hour on Monday (16:00-17:00) and finishes Tuesday 12:00.
		assertThat(chain.step(report, "usSupplier->ukTeam").finish()).isEqualTo(london("2026-03-16T16:00"));
		assertThat(chain.step(report, "ukTeam->frontLine").finish()).isEqualTo(london("2026-03-17T12:00"));
		assertThat(report.worstSlack()).isEqualTo(Duration.ofHours(22));
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(6));
	}

	@Test
	void aZeroTargetTakesNoTimeEvenAtNight() {
		ChainUnderTest chain = new ChainUnderTest()
			.link("courier->frontLine", "parcels", agreement("UC-COURIER", Duration.ZERO, officeCalendar()))
			.uncoveredLink("frontLine->customer", "homeDelivery", "courier->frontLine");

		FeasibilityReport report = requestRaisedAt(chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer"),
				london("2026-06-01T02:00"));

		// Nothing is owed, so nothing is waited for (the calendar's zero-duration rule).
		assertThat(chain.step(report, "courier->frontLine").finish()).isEqualTo(london("2026-06-01T02:00"));
		assertThat(report.bottleneckLinkId()).isNull();
	}

}
