package org.servicechain.agreements.feasibility;

import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.WEEK_OF_1_JUNE_2026;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.agreement;
import static org.servicechain.agreements.feasibility.FeasibilityFixtures.roundTheClock;

/**
 * Chains of a few hundred links (AGREE-4) evaluate over a whole week. Correctness only:
 * no timing is asserted.
 */
class FeasibilityCheckLargeChainUnitTests {

	/** Only a hang detector: without memoisation the lattice would take forever. */
	private static <T> T withoutHanging(Supplier<T> evaluation) {
		return assertTimeoutPreemptively(Duration.ofSeconds(60), evaluation::get);
	}

	@Test
	void evaluatesThreeHundredSuppliersInARow() {
		// supplier300 -> supplier299 -> ... -> supplier1 -> frontLine -> customer, each
		// supplier promising an hour around the clock.
		ChainUnderTest chain = new ChainUnderTest();
		for (int n = 1; n <= 300; n++) {
			String consumer = (n == 1) ? "frontLine" : "supplier" + (n - 1);
			String input = (n == 300) ? null : "supplier" + (n + 1) + "->supplier" + n;
			String name = "supplier" + n + "->" + consumer;
			if (input != null) {
				chain.link(name, "part" + n, agreement("UC-" + n, Duration.ofHours(1), roundTheClock()), input);
			}
			else {
				chain.link(name, "part" + n, agreement("UC-" + n, Duration.ofHours(1), roundTheClock()));
			}
		}
		chain.uncoveredLink("frontLine->customer", "assembly", "supplier1->frontLine");
		Promise promise = new Promise(Duration.ofHours(301), roundTheClock());

		FeasibilityReport report = withoutHanging(
				() -> chain.check(promise, "frontLine->customer").evaluate(WEEK_OF_1_JUNE_2026));

		assertThat(report.verdict()).isEqualTo(Verdict.KEPT);
		assertThat(report.startsEvaluated()).isEqualTo(672);
		assertThat(report.worstSlack()).isEqualTo(Duration.ofHours(1));
		assertThat(report.bestSlack()).isEqualTo(Duration.ofHours(1));
		assertThat(report.worstStart()).isEqualTo(WEEK_OF_1_JUNE_2026);
		assertThat(report.criticalPath()).hasSize(301);
		assertThat(chain.path(report).get(0)).isEqualTo("supplier300->supplier299");
	}

	@Test
	void evaluatesALatticeWhosePathsCannotBeCountedOneByOne() {
		// Two parties per tier, 75 tiers. Each party supplies both parties of the next
		// tier, and each link needs both links into its provider: 300 links and 2^75
		// paths from a leaf to the customer, so every link must be computed once.
		ChainUnderTest chain = new ChainUnderTest();
		int tiers = 75;
		for (int tier = 1; tier <= tiers; tier++) {
			for (String from : new String[] { "a", "b" }) {
				for (String to : new String[] { "a", "b" }) {
					String name = from + (tier - 1) + "->" + to + tier;
					String[] inputs = (tier == 1) ? new String[0] : new String[] {
							"a" + (tier - 2) + "->" + from + (tier - 1), "b" + (tier - 2) + "->" + from + (tier - 1) };
					chain.link(name, "service-" + from + (tier - 1),
							agreement("UC-" + name, Duration.ofHours(1), roundTheClock()), inputs);
				}
			}
		}
		chain.uncoveredLink("a" + tiers + "->customer", "endUserService", "a" + (tiers - 1) + "->a" + tiers,
				"b" + (tiers - 1) + "->a" + tiers);
		Promise promise = new Promise(Duration.ofHours(76), roundTheClock());

		FeasibilityReport report = withoutHanging(
				() -> chain.check(promise, "a" + tiers + "->customer").evaluate(WEEK_OF_1_JUNE_2026));

		assertThat(report.verdict()).isEqualTo(Verdict.KEPT);
		assertThat(report.worstSlack()).isEqualTo(Duration.ofHours(1));
		assertThat(report.criticalPath()).hasSize(tiers + 1);
		assertThat(report.uncoveredLinkIds()).isEmpty();
		assertThat(report.cycleLinkIds()).isEmpty();
	}

}
