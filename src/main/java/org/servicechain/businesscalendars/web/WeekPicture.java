package org.servicechain.businesscalendars.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.servicechain.calendar.WorkingInterval;

/**
 * The working week drawn as seven day columns of 24 hours, each working interval a block.
 * A night shift is drawn on its own day up to midnight and continues as a block on the
 * next day (Sunday's into Monday), as the calendar counts it. Each column also has a
 * sentence for people who do not see the picture.
 */
record WeekPicture(List<Column> columns) {

	private static final int DAY = 24 * 3600;

	/** Blocks shorter than this show their times only as a tooltip. */
	private static final int LABELLED = 90 * 60;

	static WeekPicture of(Map<DayOfWeek, List<WorkingInterval>> week) {
		Map<DayOfWeek, List<Block>> blocks = new EnumMap<>(DayOfWeek.class);
		Map<DayOfWeek, List<String>> spills = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			blocks.put(day, new ArrayList<>());
			spills.put(day, new ArrayList<>());
		}
		for (DayOfWeek day : DayOfWeek.values()) {
			for (WorkingInterval interval : week.getOrDefault(day, List.of())) {
				int start = interval.start().toSecondOfDay();
				int end = start + (int) interval.nominalDuration().getSeconds();
				String until = interval.endsAtMidnight() ? "24:00" : interval.end().toString();
				String times = interval.start() + "–" + until;
				if (end <= DAY) {
					blocks.get(day).add(Block.of(start, end, times, name(day) + " " + times, false));
				}
				else {
					DayOfWeek next = day.plus(1);
					String label = name(day) + "'s night shift " + times + " " + name(next);
					blocks.get(day).add(Block.of(start, DAY, interval.start() + "–", label, false));
					blocks.get(next).add(Block.of(0, end - DAY, "–" + until, label, true));
					spills.get(next).add(name(day) + "'s night shift until " + until);
				}
			}
		}
		List<Column> columns = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<WorkingInterval> hours = week.getOrDefault(day, List.of());
			List<String> parts = new ArrayList<>(spills.get(day));
			hours.forEach((interval) -> parts.add(interval.crossesMidnight()
					? interval.start() + "–" + interval.end() + " the next day (night shift)"
					: interval.start() + "–" + (interval.endsAtMidnight() ? "24:00" : interval.end().toString())));
			String text = hours.isEmpty() && parts.isEmpty() ? "closed"
					: (hours.isEmpty() ? "closed, apart from " : "") + String.join(", ", parts);
			columns.add(new Column(name(day), day.getDisplayName(TextStyle.SHORT, Locale.UK), text, blocks.get(day)));
		}
		return new WeekPicture(columns);
	}

	private static String name(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, Locale.UK);
	}

	/**
	 * One day: its name, what it looks like in words, and its blocks.
	 */
	record Column(String name, String shortName, String text, List<Block> blocks) {

	}

	/**
	 * One working interval (or the part of a night shift after midnight) as a block; top
	 * and height in percent of the day.
	 *
	 * @param text the times shown in the block, e.g. {@code 09:00–12:30}
	 * @param label the times in words, for a tooltip
	 * @param spill whether it continues the previous day's night shift
	 */
	record Block(double top, double height, String text, String label, boolean spill, boolean labelled) {

		static Block of(int startSecond, int endSecond, String text, String label, boolean spill) {
			return new Block(100.0 * startSecond / DAY, 100.0 * (endSecond - startSecond) / DAY, text, label, spill,
					endSecond - startSecond >= LABELLED);
		}

		/**
		 * @return the CSS placing the block; dots, not the locale's commas.
		 */
		public String style() {
			return String.format(Locale.ROOT, "top:%.3f%%;height:%.3f%%", this.top, this.height);
		}

	}

}
