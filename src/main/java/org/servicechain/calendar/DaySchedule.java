package org.servicechain.calendar;

import java.util.ArrayList;
import java.util.List;

/**
 * The working intervals of one day, sorted, checked for overlaps and flattened into
 * arrays of seconds from the day's local midnight for the arithmetic.
 */
final class DaySchedule {

	static final int SECONDS_PER_DAY = 86_400;

	static final DaySchedule EMPTY = new DaySchedule(List.of());

	/**
	 * The day's hours as defined. On a date with a {@link Closure} the arrays below are
	 * these hours less the closed stretches, and may hold a piece starting at or after
	 * 24:00 (what is left of a night shift); only the arrays are used for arithmetic.
	 */
	final List<WorkingInterval> intervals;

	final int[] starts;

	final int[] ends;

	/**
	 * Working seconds on the wall clock (the real figure on a day with no clock change).
	 */
	final long total;

	private DaySchedule(List<WorkingInterval> sorted) {
		this.intervals = sorted;
		this.starts = new int[sorted.size()];
		this.ends = new int[sorted.size()];
		long sum = 0;
		for (int i = 0; i < sorted.size(); i++) {
			this.starts[i] = sorted.get(i).startSecond();
			this.ends[i] = sorted.get(i).endSecond();
			sum += this.ends[i] - this.starts[i];
		}
		this.total = sum;
	}

	private DaySchedule(List<WorkingInterval> intervals, int[] starts, int[] ends) {
		this.intervals = intervals;
		this.starts = starts;
		this.ends = ends;
		long sum = 0;
		for (int i = 0; i < starts.length; i++) {
			sum += ends[i] - starts[i];
		}
		this.total = sum;
	}

	/**
	 * This day's working time less the closed stretches (sorted, not overlapping), in
	 * seconds from this day's midnight.
	 */
	DaySchedule without(List<WorkingInterval> closed) {
		int[] pieceStarts = new int[this.starts.length + closed.size()];
		int[] pieceEnds = new int[pieceStarts.length];
		int count = 0;
		for (int i = 0; i < this.starts.length; i++) {
			int cursor = this.starts[i];
			int end = this.ends[i];
			for (WorkingInterval stretch : closed) {
				int closedStart = stretch.startSecond();
				int closedEnd = stretch.endSecond();
				if (closedEnd <= cursor) {
					continue;
				}
				if (closedStart >= end) {
					break;
				}
				if (closedStart > cursor) {
					pieceStarts[count] = cursor;
					pieceEnds[count++] = closedStart;
				}
				cursor = Math.max(cursor, closedEnd);
			}
			if (cursor < end) {
				pieceStarts[count] = cursor;
				pieceEnds[count++] = end;
			}
		}
		return new DaySchedule(this.intervals, java.util.Arrays.copyOf(pieceStarts, count),
				java.util.Arrays.copyOf(pieceEnds, count));
	}

	static DaySchedule of(List<WorkingInterval> intervals, String field) {
		return intervals.isEmpty() ? EMPTY : new DaySchedule(sortedWithoutOverlaps(intervals, field));
	}

	/**
	 * Sorts the intervals of one day and rejects overlaps; touching intervals
	 * ({@code 08:00-12:00} and {@code 12:00-13:00}) are fine.
	 */
	static List<WorkingInterval> sortedWithoutOverlaps(List<WorkingInterval> intervals, String field) {
		List<WorkingInterval> sorted = new ArrayList<>(intervals.size());
		for (WorkingInterval interval : intervals) {
			if (interval == null) {
				throw new InvalidCalendarException(field, "must not contain null intervals");
			}
			sorted.add(interval);
		}
		sorted.sort(null);
		for (int i = 1; i < sorted.size(); i++) {
			WorkingInterval previous = sorted.get(i - 1);
			WorkingInterval current = sorted.get(i);
			if (previous.endSecond() > current.startSecond()) {
				throw new InvalidCalendarException(field,
						"must not have overlapping intervals: " + previous + " overlaps " + current);
			}
		}
		return List.copyOf(sorted);
	}

	boolean isEmpty() {
		return this.starts.length == 0;
	}

	int size() {
		return this.starts.length;
	}

	int firstStart() {
		return this.starts[0];
	}

	int lastEnd() {
		return this.ends[this.ends.length - 1];
	}

	/** The last interval, which is the only one that can reach into the next day. */
	WorkingInterval last() {
		return this.intervals.get(this.intervals.size() - 1);
	}

	/** Seconds this day's work reaches into the next day (0 if none). */
	int spill() {
		return isEmpty() ? 0 : Math.max(0, lastEnd() - SECONDS_PER_DAY);
	}

}
