package org.servicechain.workforce;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Erlang C against the published worked example of Call Centre Helper, "Erlang C Formula
 * – Made Simple With an Easy Worked Example"
 * (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm): 100 calls in 30
 * minutes, average handling time 180 seconds, target 80 % answered within 20 seconds, 30
 * % shrinkage. Published: traffic intensity 10 Erlangs; with 11 agents a 68.21 % chance
 * of waiting and a 39 % service level; 14 agents are needed, reaching 88.84 %, with an
 * average speed of answer of about 8 seconds and 70 % occupancy; rostered with shrinkage,
 * 20 agents.
 */
class ErlangCUnitTests {

	private static final double AHT = 180;

	@Test
	void trafficIntensityIsCallsTimesHandlingTimeOverTheInterval() {
		assertThat(ErlangC.trafficIntensity(100, AHT, 1800)).isEqualTo(10.0);
	}

	@Test
	void elevenAgentsLeaveMostCallersWaiting() {
		assertThat(ErlangC.probabilityOfWaiting(11, 10)).isCloseTo(0.6821, within(0.0001));
		assertThat(ErlangC.serviceLevel(11, 10, AHT, 20)).isCloseTo(0.39, within(0.005));
	}

	@Test
	void fourteenAgentsReachTheTarget() {
		assertThat(ErlangC.agentsFor(10, AHT, 20, 0.80)).isEqualTo(14);
		assertThat(ErlangC.serviceLevel(14, 10, AHT, 20)).isCloseTo(0.8884, within(0.0001));
		assertThat(ErlangC.serviceLevel(13, 10, AHT, 20)).isLessThan(0.80);
		assertThat(ErlangC.averageSpeedOfAnswer(14, 10, AHT)).isCloseTo(7.8, within(0.1));
		assertThat(ErlangC.occupancy(14, 10)).isCloseTo(0.714, within(0.001));
	}

	@Test
	void shrinkageGrossesUpTheRoster() {
		assertThat(ErlangC.rostered(14, 0.30)).isEqualTo(20);
		assertThatIllegalArgumentException().isThrownBy(() -> ErlangC.rostered(14, 1.0));
	}

	@Test
	void tooFewAgentsMeanAQueueWithoutEnd() {
		assertThat(ErlangC.probabilityOfWaiting(10, 10)).isEqualTo(1.0);
		assertThat(ErlangC.serviceLevel(9, 10, AHT, 20)).isZero();
		assertThat(ErlangC.averageSpeedOfAnswer(10, 10, AHT)).isInfinite();
	}

}
