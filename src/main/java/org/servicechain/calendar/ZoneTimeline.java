package org.servicechain.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A zone's offsets as flat arrays, so that local-to-instant conversion is a binary search
 * and, on most days, a subtraction.
 * <p>
 * The timeline is a sequence of <em>regimes</em>: regime {@code i} has offset
 * {@code o[i]} from transition {@code t[i]} (inclusive) to {@code t[i+1]}. A local time
 * {@code L} (seconds since the local epoch) maps to the <em>earliest instant whose wall
 * clock shows {@code L} or later</em>. So a local time inside a gap (spring forward) maps
 * to the end of the gap, and a local time that occurs twice (fall back) maps to its first
 * occurrence. This mapping never goes backwards, so intervals that do not overlap on the
 * wall clock never overlap in real time.
 * <p>
 * A day is <em>standard</em> in regime {@code i} when the whole of it and the following
 * day (night shifts reach into the next day) lie in the part of regime {@code i} where
 * the mapping is plain {@code L - o[i]}; its working time is then the wall-clock figure.
 * <p>
 * Timelines are computed once per set of zone rules and shared; they run up to the start
 * of the year 3001 (calculations are limited to instants before 3000).
 */
final class ZoneTimeline {

	static final long SECONDS_PER_DAY = 86_400;

	/** Calculations may not produce instants at or after this one. */
	static final long MAX_INSTANT = Instant.parse("3000-01-01T00:00:00Z").getEpochSecond();

	/** Calculations may not start before this instant. */
	static final long MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();

	private static final long TABLE_END = Instant.parse("3001-01-01T00:00:00Z").getEpochSecond();

	/** Stands for minus infinity without risking overflow when offsets are added. */
	private static final long FAR_PAST = Long.MIN_VALUE / 4;

	private static final ConcurrentMap<ZoneRules, ZoneTimeline> CACHE = new ConcurrentHashMap<>();

	/**
	 * {@code transitions[i]}: first instant of regime i; index 0 holds minus infinity.
	 */
	private final long[] transitions;

	private final int[] offsets;

	/**
	 * Running maximum of each regime's wall-clock end, for binary searches by local time.
	 */
	private final long[] wallEndMax;

	private final long[] firstStandardDay;

	private final long[] lastStandardDay;

	/** Running maximum of {@link #lastStandardDay}, for binary searches by day. */
	private final long[] lastStandardDayMax;

	private int hint;

	private ZoneTimeline(long[] transitions, int[] offsets) {
		int n = offsets.length;
		this.transitions = transitions;
		this.offsets = offsets;
		this.wallEndMax = new long[n];
		this.firstStandardDay = new long[n];
		this.lastStandardDay = new long[n];
		this.lastStandardDayMax = new long[n];
		long previousWallEndMax = FAR_PAST;
		long previousLastStandardMax = FAR_PAST;
		for (int i = 0; i < n; i++) {
			long end = (i + 1 < n) ? transitions[i + 1] : TABLE_END;
			long wallEnd = end + offsets[i];
			long cleanStart = (i == 0) ? FAR_PAST : Math.max(previousWallEndMax, transitions[i] + offsets[i]);
			this.firstStandardDay[i] = -Math.floorDiv(-cleanStart, SECONDS_PER_DAY);
			this.lastStandardDay[i] = Math.floorDiv(wallEnd - 1, SECONDS_PER_DAY) - 2;
			previousWallEndMax = Math.max(previousWallEndMax, wallEnd);
			previousLastStandardMax = Math.max(previousLastStandardMax, this.lastStandardDay[i]);
			this.wallEndMax[i] = previousWallEndMax;
			this.lastStandardDayMax[i] = previousLastStandardMax;
		}
	}

	static ZoneTimeline of(ZoneId zone) {
		return CACHE.computeIfAbsent(zone.getRules(), ZoneTimeline::build);
	}

	private static ZoneTimeline build(ZoneRules rules) {
		Instant from = Instant.ofEpochSecond(MIN_INSTANT - 366 * SECONDS_PER_DAY);
		long[] transitions = new long[64];
		int[] offsets = new int[64];
		transitions[0] = FAR_PAST;
		offsets[0] = rules.getOffset(from).getTotalSeconds();
		int n = 1;
		if (!rules.isFixedOffset()) {
			ZoneOffsetTransition transition = rules.nextTransition(from);
			while (transition != null && transition.getInstant().getEpochSecond() < TABLE_END) {
				if (n == transitions.length) {
					transitions = Arrays.copyOf(transitions, n * 2);
					offsets = Arrays.copyOf(offsets, n * 2);
				}
				transitions[n] = transition.getInstant().getEpochSecond();
				offsets[n] = transition.getOffsetAfter().getTotalSeconds();
				n++;
				transition = rules.nextTransition(transition.getInstant());
			}
		}
		return new ZoneTimeline(Arrays.copyOf(transitions, n), Arrays.copyOf(offsets, n));
	}

	/** The earliest instant whose wall clock shows {@code local} or later. */
	long toInstant(long local) {
		int i = regimeOfLocal(local);
		return Math.max(this.transitions[i], local - this.offsets[i]);
	}

	/** Wall-clock seconds since the local epoch at {@code instant}. */
	long toLocal(long instant) {
		return instant + this.offsets[regimeOfInstant(instant)];
	}

	/** The local date (epoch day) of {@code instant}. */
	long localDay(long instant) {
		return Math.floorDiv(toLocal(instant), SECONDS_PER_DAY);
	}

	/** The regime in which {@code day} is standard, or -1 if it is not standard. */
	int standardRegime(long day) {
		// Calls come in runs on nearby days: try the last regime found first. The hint is
		// shared between threads without synchronisation on purpose: any value is a valid
		// index and is checked before use, and int writes cannot tear.
		int hint = this.hint;
		if (this.firstStandardDay[hint] <= day && day <= this.lastStandardDay[hint]) {
			return hint;
		}
		int regime = searchStandardRegime(day);
		if (regime >= 0) {
			this.hint = regime;
		}
		return regime;
	}

	private int searchStandardRegime(long day) {
		long[] keys = this.lastStandardDayMax;
		int low = 0;
		int high = keys.length - 1;
		if (keys[high] < day) {
			return -1;
		}
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (keys[mid] < day) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return (this.firstStandardDay[low] <= day && day <= this.lastStandardDay[low]) ? low : -1;
	}

	int offset(int regime) {
		return this.offsets[regime];
	}

	long firstStandardDay(int regime) {
		return this.firstStandardDay[regime];
	}

	long lastStandardDay(int regime) {
		return this.lastStandardDay[regime];
	}

	/** The first regime whose wall clock runs past {@code local}. */
	private int regimeOfLocal(long local) {
		long[] keys = this.wallEndMax;
		int low = 0;
		int high = keys.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (keys[mid] <= local) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/** The regime that contains {@code instant}. */
	private int regimeOfInstant(long instant) {
		long[] keys = this.transitions;
		int low = 0;
		int high = keys.length - 1;
		while (low < high) {
			int mid = (low + high + 1) >>> 1;
			if (keys[mid] <= instant) {
				low = mid;
			}
			else {
				high = mid - 1;
			}
		}
		return low;
	}

}
