package org.servicechain.agreements.feasibility;

import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.WEEK_OF_1_JUNE_2026;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.agreement;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.london;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.officeCalendar;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.twoWorkingDaysInTheOffice;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.workingHours;

/**
 * Links whose inputs lead back to themselves (AGREE-4): the check terminates, breaks the
 * cycle where the walk from the customer comes back to a link already on its way, and
 * reports the links involved.
 */
class FeasibilityCheckCycleUnitTests {

	/** Only a hang detector: a walk caught in a cycle would never return. */
	private static <T> T withoutHanging(Supplier<T> evaluation) {
		return assertTimeoutPreemptively(Duration.ofSeconds(30), evaluation::get);
	}

	/** IT needs power from facilities, facilities need the network from IT. */
	private static ChainUnderTest itAndFacilitiesSupportEachOther() {
		return new ChainUnderTest()
			.link("facilities->it", "power", agreement("OLA-POWER", workingHours(4), officeCalendar()),
					"it->facilities")
			.link("it->facilities", "network", agreement("OLA-NETWORK", workingHours(2), officeCalendar()),
					"facilities->it")
			.link("it->serviceDesk", "email", agreement("OLA-EMAIL", workingHours(4), officeCalendar()),
					"facilities->it")
			.uncoveredLink("serviceDesk->customer", "email", "it->serviceDesk");
	}

	@Test
	void reportsTwoTeamsThatFeedEachOtherAndStillAnswers() {
		ChainUnderTest chain = itAndFacilitiesSupportEachOther();

		FeasibilityReport report = withoutHanging(
				() -> chain.check(twoWorkingDaysInTheOffice(), "serviceDesk->customer").evaluate(WEEK_OF_1_JUNE_2026));

		// Walking up from the customer: e-mail needs power, power needs the network, and
		// the
		// network's need for power closes the circle, so that input counts for nothing:
		// 2 + 4 + 4 = 10 working hours, 6 to spare.
		assertThat(chain.names(report.cycleLinkIds())).containsExactlyInAnyOrder("facilities->it", "it->facilities");
		assertThat(report.cycleLinkIds()).isSorted();
		assertThat(chain.path(report)).containsExactly("it->facilities", "facilities->it", "it->serviceDesk",
				"serviceDesk->customer");
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(6));
		assertThat(report.verdict()).isEqualTo(Verdict.KEPT);
	}

	@Test
	void reportsALinkThatNeedsItself() {
		ChainUnderTest chain = new ChainUnderTest()
			.link("workshop->frontLine", "repairs", agreement("OLA-REPAIRS", workingHours(4), officeCalendar()),
					"workshop->frontLine")
			.uncoveredLink("frontLine->customer", "repairService", "workshop->frontLine");

		FeasibilityReport report = withoutHanging(() -> ChainUnderTest.requestRaisedAt(
				chain.check(twoWorkingDaysInTheOffice(), "frontLine->customer"), london("2026-06-01T09:00")));

		assertThat(chain.names(report.cycleLinkIds())).containsExactly("workshop->frontLine");
		assertThat(chain.step(report, "workshop->frontLine").finish()).isEqualTo(london("2026-06-01T13:00"));
	}

	@Test
	void reportsEveryLinkOfAThreeWayCircle() {
		ChainUnderTest chain = new ChainUnderTest()
			.link("billing->accounts", "invoices", agreement("OLA-INVOICES", workingHours(2), officeCalendar()),
					"support->billing")
			.link("accounts->support", "ledgers", agreement("OLA-LEDGERS", workingHours(2), officeCalendar()),
					"billing->accounts")
			.link("support->billing", "tickets", agreement("OLA-TICKETS", workingHours(2), officeCalendar()),
					"accounts->support")
			.uncoveredLink("support->customer", "billingEnquiries", "accounts->support");

		FeasibilityReport report = withoutHanging(
				() -> chain.check(twoWorkingDaysInTheOffice(), "support->customer").evaluate(WEEK_OF_1_JUNE_2026));

		assertThat(chain.names(report.cycleLinkIds())).containsExactlyInAnyOrder("billing->accounts",
				"accounts->support", "support->billing");
		assertThat(chain.path(report)).hasSize(4);
		assertThat(report.worstSlackWorking()).isEqualTo(workingHours(10));
	}

	@Test
	void reportsNoCycleWhenTwoLinksShareASupplier() {
		ChainUnderTest chain = new ChainUnderTest()
			.link("courier->warehouse", "parcels", agreement("UC-COURIER", workingHours(2), officeCalendar()))
			.link("warehouse->shop", "picking", agreement("OLA-SHOP", workingHours(2), officeCalendar()),
					"courier->warehouse")
			.link("warehouse->depot", "picking", agreement("OLA-DEPOT", workingHours(2), officeCalendar()),
					"courier->warehouse")
			.uncoveredLink("shop->customer", "homeDelivery", "warehouse->shop")
			.uncoveredLink("depot->customer", "homeDelivery", "warehouse->depot");

		FeasibilityReport report = chain.check(twoWorkingDaysInTheOffice(), "shop->customer", "depot->customer")
			.evaluate(WEEK_OF_1_JUNE_2026);

		assertThat(report.cycleLinkIds()).isEmpty();
		assertThat(report.verdict()).isEqualTo(Verdict.KEPT);
	}

}
