package org.servicechain.agreements.feasibility;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.WEEK_OF_1_JUNE_2026;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.agreement;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.officeCalendar;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.twoWorkingDaysInTheOffice;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.workingHours;

/**
 * Links no agreement covers (AGREE-4): they take no time, are listed, and leave the
 * promise unverified at best; a deficit elsewhere is still a deficit.
 */
class FeasibilityCheckCoverageUnitTests {

	private static ChainUnderTest homeDeliveryWithACourierWithoutContract(Duration warehouseTarget) {
		return new ChainUnderTest().uncoveredLink("courier->warehouse", "parcels")
			.link("warehouse->frontLine", "picking", agreement("OLA-WAREHOUSE", warehouseTarget, officeCalendar()),
					"courier->warehouse")
			.uncoveredLink("frontLine->customer", "homeDelivery", "warehouse->frontLine");
	}

	@Test
	void cannotVerifyAPromiseThatDependsOnACourierWithoutContract() {
		ChainUnderTest chain = homeDeliveryWithACourierWithoutContract(workingHours(4));

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		assertThat(report.verdict()).isEqualTo(Verdict.UNVERIFIED);
		assertThat(chain.names(report.uncoveredLinkIds())).containsExactly("courier->warehouse");
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(12));
		PathStep courier = chain.step(report, "courier->warehouse");
		assertThat(courier.agreementId()).isNull();
		assertThat(courier.agreementReference()).isNull();
		assertThat(courier.target()).isNull();
		assertThat(courier.zone()).isNull();
		assertThat(courier.finish()).isEqualTo(courier.ready());
		assertThat(courier.contribution()).isZero();
		assertThat(chain.name(report.bottleneckLinkId())).isEqualTo("warehouse->frontLine");
	}

	@Test
	void aDeficitElsewhereIsStillBroken() {
		ChainUnderTest chain = homeDeliveryWithACourierWithoutContract(workingHours(20));

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		assertThat(report.verdict()).isEqualTo(Verdict.BROKEN);
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(-4));
		assertThat(chain.names(report.uncoveredLinkIds())).containsExactly("courier->warehouse");
	}

	@Test
	void thePromiseUnderTestCoversTheCustomerFacingLink() {
		ChainUnderTest chain = new ChainUnderTest()
			.link("warehouse->frontLine", "picking", agreement("OLA-WAREHOUSE", workingHours(4), officeCalendar()))
			.uncoveredLink("frontLine->customer", "homeDelivery", "warehouse->frontLine");

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		assertThat(report.verdict()).isEqualTo(Verdict.KEPT);
		assertThat(report.uncoveredLinkIds()).isEmpty();
		assertThat(report.criticalPath().get(1).agreementId()).isNull();
		assertThat(report.criticalPath().get(1).target()).isEqualTo(workingHours(16));
	}

	@Test
	void ignoresLinksThePromiseDoesNotDependOn() {
		ChainUnderTest chain = new ChainUnderTest()
			.link("warehouse->frontLine", "picking", agreement("OLA-WAREHOUSE", workingHours(4), officeCalendar()))
			.uncoveredLink("gateway->frontLine", "payments")
			.uncoveredLink("frontLine->customer", "homeDelivery", "warehouse->frontLine");

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		assertThat(report.verdict()).isEqualTo(Verdict.KEPT);
		assertThat(report.uncoveredLinkIds()).isEmpty();
	}

	@Test
	void listsEveryUncoveredLinkInTheChainNotOnlyThoseOnTheCriticalPath() {
		ChainUnderTest chain = new ChainUnderTest()
			.link("courier->frontLine", "parcels", agreement("UC-COURIER", workingHours(8), officeCalendar()))
			.uncoveredLink("bank->gateway", "settlement")
			.uncoveredLink("gateway->frontLine", "payments", "bank->gateway")
			.uncoveredLink("frontLine->customer", "homeDelivery", "courier->frontLine", "gateway->frontLine");

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		assertThat(report.verdict()).isEqualTo(Verdict.UNVERIFIED);
		assertThat(chain.path(report)).containsExactly("courier->frontLine", "frontLine->customer");
		assertThat(chain.names(report.uncoveredLinkIds())).containsExactlyInAnyOrder("gateway->frontLine",
				"bank->gateway");
		assertThat(report.uncoveredLinkIds()).isSorted();
	}

}
