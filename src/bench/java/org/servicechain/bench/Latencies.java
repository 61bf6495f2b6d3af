package org.servicechain.bench;

import java.util.Arrays;

/**
 * The latencies of one phase, in nanoseconds, and what they add up to.
 */
final class Latencies {

	private long[] values = new long[1 << 16];

	private int size;

	synchronized void add(long nanos) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.values[this.size++] = nanos;
	}

	synchronized Summary summary(long elapsedNanos, long cpuNanos, int errors) {
		long[] sorted = Arrays.copyOf(this.values, this.size);
		Arrays.sort(sorted);
		return new Summary(this.size, errors, elapsedNanos, cpuNanos, percentile(sorted, 0.50),
				percentile(sorted, 0.95), percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
	}

	/**
	 * Nearest-rank percentile.
	 */
	private static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/**
	 * One phase's figures.
	 *
	 * @param cpuNanos CPU time the whole JVM (server and clients) used during the phase
	 */
	record Summary(int operations, int errors, long elapsedNanos, long cpuNanos, long p50, long p95, long p99,
			long max) {

		double perSecond() {
			return this.elapsedNanos == 0 ? 0 : this.operations / (this.elapsedNanos / 1e9);
		}

		/**
		 * @return CPU milliseconds of this JVM per operation: less at the mercy of other
		 * processes on a shared machine than throughput is.
		 */
		double cpuMillisPerOperation() {
			return this.operations == 0 ? 0 : this.cpuNanos / 1e6 / this.operations;
		}

	}

}
