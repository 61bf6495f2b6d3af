package org.servicechain.workforce;

/**
 * Erlang C for queues where callers wait (WF-2): given arrivals per interval, the average
 * handling time and a number of agents, the probability a caller waits, the service level
 * (share answered within a target time), the average speed of answer and occupancy; and
 * the agents needed for a target, grossed up for shrinkage. Pure arithmetic, no Spring.
 * <p>
 * The probability of waiting is computed with the Erlang B recursion
 * {@code B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1))}, then
 * {@code C = n·B / (n − A·(1 − B))}, which never forms large factorials or powers.
 */
public final class ErlangC {

	private ErlangC() {
	}

	/**
	 * @param arrivals calls per interval
	 * @param handlingSeconds average handling time in seconds
	 * @param intervalSeconds the interval's length in seconds
	 * @return the traffic intensity A in Erlangs
	 */
	public static double trafficIntensity(double arrivals, double handlingSeconds, double intervalSeconds) {
		return arrivals * handlingSeconds / intervalSeconds;
	}

	/**
	 * @return the probability that a call waits, P(wait) = C(n, A); 1 when n ≤ A (the
	 * queue grows without end)
	 */
	public static double probabilityOfWaiting(int agents, double intensity) {
		if (agents <= intensity) {
			return 1.0;
		}
		double b = 1.0;
		for (int k = 1; k <= agents; k++) {
			b = intensity * b / (k + intensity * b);
		}
		return agents * b / (agents - intensity * (1 - b));
	}

	/**
	 * @return the share of calls answered within the target time:
	 * {@code 1 − C·e^(−(n − A)·target / AHT)}
	 */
	public static double serviceLevel(int agents, double intensity, double handlingSeconds, double targetSeconds) {
		if (agents <= intensity) {
			return 0.0;
		}
		return 1 - probabilityOfWaiting(agents, intensity)
				* Math.exp(-(agents - intensity) * targetSeconds / handlingSeconds);
	}

	/**
	 * @return the average speed of answer in seconds: {@code C·AHT / (n − A)}; infinite
	 * when n ≤ A
	 */
	public static double averageSpeedOfAnswer(int agents, double intensity, double handlingSeconds) {
		if (agents <= intensity) {
			return Double.POSITIVE_INFINITY;
		}
		return probabilityOfWaiting(agents, intensity) * handlingSeconds / (agents - intensity);
	}

	/**
	 * @return the share of the agents' time spent handling calls, A / n (at most 1)
	 */
	public static double occupancy(int agents, double intensity) {
		return Math.min(1.0, intensity / agents);
	}

	/**
	 * @return the fewest agents on the phones that reach the service level
	 */
	public static int agentsFor(double intensity, double handlingSeconds, double targetSeconds, double serviceLevel) {
		int agents = Math.max(1, (int) Math.floor(intensity) + 1);
		while (serviceLevel(agents, intensity, handlingSeconds, targetSeconds) < serviceLevel) {
			agents++;
		}
		return agents;
	}

	/**
	 * @param shrinkage the share of paid time not available for calls (breaks, training),
	 * 0 to below 1
	 * @return the agents to roster so that {@code agents} are on the phones
	 */
	public static int rostered(int agents, double shrinkage) {
		if (shrinkage < 0 || shrinkage >= 1) {
			throw new IllegalArgumentException("shrinkage must be at least 0 and below 1");
		}
		return (int) Math.ceil(agents / (1 - shrinkage));
	}

}
