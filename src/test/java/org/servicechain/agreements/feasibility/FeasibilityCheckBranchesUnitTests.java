package org.servicechain.agreements.feasibility;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.WEEK_OF_1_JUNE_2026;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.agreement;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.london;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.officeCalendar;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.roundTheClock;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.twoWorkingDaysInTheOffice;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.workingHours;

/**
 * Chains that branch (AGREE-4): a link that needs several services waits for all of them;
 * a service with several alternative providers is counted at its slowest provider.
 */
class FeasibilityCheckBranchesUnitTests {

	/**
	 * Appliance delivery needs parcels from the courier and a fitter from the installer.
	 */
	private static ChainUnderTest applianceDelivery(Duration installerTarget) {
		return new ChainUnderTest()
			.link("courier->frontLine", "parcels", agreement("OLA-COURIER", workingHours(8), officeCalendar()))
			.link("installer->frontLine", "installation", agreement("UC-INSTALLER", installerTarget, officeCalendar()))
			.uncoveredLink("frontLine->customer", "applianceDelivery", "courier->frontLine", "installer->frontLine");
	}

	@Test
	void waitsForTheSlowerOfTwoNeededServices() {
		ChainUnderTest chain = applianceDelivery(workingHours(12));

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		// The installer's 12 working hours decide: from Monday 09:00 to Tuesday 13:00,
		// due Tuesday 17:00.
		assertThat(report.verdict()).isEqualTo(Verdict.KEPT);
		assertThat(chain.path(report)).containsExactly("installer->frontLine", "frontLine->customer");
		assertThat(chain.name(report.bottleneckLinkId())).isEqualTo("installer->frontLine");
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(4));
		assertThat(report.worstSlack()).isEqualTo(Duration.ofHours(4));
	}

	@Test
	void followsTheCourierWhenTheInstallerIsQuicker() {
		ChainUnderTest chain = applianceDelivery(workingHours(2));

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		assertThat(chain.path(report)).containsExactly("courier->frontLine", "frontLine->customer");
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(8));
	}

	@Test
	void countsTheSlowerOfTwoAlternativeCouriers() {
		ChainUnderTest chain = new ChainUnderTest()
			.link("fastCourier->frontLine", "parcels", agreement("UC-FAST", workingHours(8), officeCalendar()))
			.link("slowCourier->frontLine", "parcels", agreement("UC-SLOW", workingHours(20), officeCalendar()))
			.uncoveredLink("frontLine->customer", "homeDelivery", "fastCourier->frontLine", "slowCourier->frontLine");

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		// Either courier may get the parcels, so the slow one's 20 working hours count:
		// 4 working hours short. The deficit spans the weekend when the promise is due on
		// Friday afternoon: raised Wednesday 13:15 (Wed 3.75 + Thu 8 + Fri 4.25), due
		// Friday 13:15; the slow courier delivers Monday 09:15, 68 hours late.
		assertThat(report.verdict()).isEqualTo(Verdict.BROKEN);
		assertThat(chain.path(report)).containsExactly("slowCourier->frontLine", "frontLine->customer");
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(-4));
		assertThat(report.worstStart()).isEqualTo(london("2026-06-03T13:15"));
		assertThat(report.worstSlack()).isEqualTo(Duration.ofHours(-68));
		assertThat(chain.name(report.bottleneckLinkId())).isEqualTo("slowCourier->frontLine");
	}

	@Test
	void keepsThePromiseWhenTheOnlyCourierIsTheFastOne() {
		ChainUnderTest chain = new ChainUnderTest()
			.link("fastCourier->frontLine", "parcels", agreement("UC-FAST", workingHours(8), officeCalendar()))
			.uncoveredLink("frontLine->customer", "homeDelivery", "fastCourier->frontLine");

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		assertThat(report.verdict()).isEqualTo(Verdict.KEPT);
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(8));
	}

	@Test
	void waitsForAllNeededServicesEvenWhenOneHasAlternatives() {
		ChainUnderTest chain = new ChainUnderTest()
			.link("courierA->frontLine", "parcels", agreement("UC-A", workingHours(4), officeCalendar()))
			.link("courierB->frontLine", "parcels", agreement("UC-B", workingHours(6), officeCalendar()))
			.link("gateway->frontLine", "payments", agreement("UC-GATEWAY", Duration.ofHours(1), roundTheClock()))
			.link("bank->frontLine", "creditChecks", agreement("UC-BANK", workingHours(10), officeCalendar()))
			.uncoveredLink("frontLine->customer", "applianceDelivery", "courierA->frontLine", "courierB->frontLine",
					"gateway->frontLine", "bank->frontLine");

		FeasibilityReport report = ChainUnderTest.requestRaisedAt(
				chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer"), london("2026-06-01T09:00"));

		// The bank's 10 working hours beat courier B's 6 and the gateway's hour.
		assertThat(chain.path(report)).containsExactly("bank->frontLine", "frontLine->customer");
		assertThat(chain.step(report, "bank->frontLine").finish()).isEqualTo(london("2026-06-02T11:00"));
	}

	@Test
	void measuresFromTheCustomerFacingLinkWhoseSuppliersArriveLast() {
		ChainUnderTest chain = new ChainUnderTest()
			.link("courier->shop", "parcels", agreement("OLA-COURIER", workingHours(4), officeCalendar()))
			.link("courier->depot", "parcels", agreement("OLA-COURIER", workingHours(10), officeCalendar()))
			.uncoveredLink("shop->customer", "homeDelivery", "courier->shop")
			.uncoveredLink("depot->customer", "homeDelivery", "courier->depot");

		FeasibilityReport report = ChainUnderTest.requestRaisedAt(
				chain.check(twoWorkingDaysInTheOffice(), "shop->customer", "depot->customer"),
				london("2026-06-01T09:00"));

		assertThat(chain.path(report)).containsExactly("courier->depot", "depot->customer");
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(6));
	}

}
