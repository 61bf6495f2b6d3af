package org.servicechain.businesscalendars.web;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.servicechain.calendar.WorkingInterval;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The week picture: blocks in percent of the day, night shifts spilling into the next day
 * (Sunday's into Monday), and each day in words.
 */
class WeekPictureUnitTests {

	@Test
	void drawsEachIntervalAsABlockInPercentOfTheDay() {
		WeekPicture picture = WeekPicture.of(Map.of(DayOfWeek.MONDAY,
				List.of(WorkingInterval.parse("09:00-12:30"), WorkingInterval.parse("13:30-17:30"))));
		WeekPicture.Column monday = picture.columns().get(0);
		assertThat(monday.name()).isEqualTo("Monday");
		assertThat(monday.shortName()).isEqualTo("Mon");
		assertThat(monday.blocks()).extracting(WeekPicture.Block::style)
			.containsExactly("top:37.500%;height:14.583%", "top:56.250%;height:16.667%");
		assertThat(monday.blocks()).extracting(WeekPicture.Block::text).containsExactly("09:00–12:30", "13:30–17:30");
		assertThat(monday.text()).isEqualTo("09:00–12:30, 13:30–17:30");
		assertThat(picture.columns()).hasSize(7);
		assertThat(picture.columns().get(6).text()).isEqualTo("closed");
	}

	@Test
	void spillsANightShiftIntoTheNextDayAndSundaysIntoMonday() {
		WeekPicture picture = WeekPicture.of(Map.of(DayOfWeek.FRIDAY, List.of(WorkingInterval.parse("22:00-06:00+1")),
				DayOfWeek.SUNDAY, List.of(WorkingInterval.parse("23:00-01:00+1"))));
		WeekPicture.Column friday = picture.columns().get(4);
		WeekPicture.Column saturday = picture.columns().get(5);
		WeekPicture.Column monday = picture.columns().get(0);
		assertThat(friday.blocks()).singleElement().satisfies((block) -> {
			assertThat(block.style()).isEqualTo("top:91.667%;height:8.333%");
			assertThat(block.spill()).isFalse();
			assertThat(block.label()).isEqualTo("Friday's night shift 22:00–06:00 Saturday");
		});
		assertThat(saturday.blocks()).singleElement().satisfies((block) -> {
			assertThat(block.style()).isEqualTo("top:0.000%;height:25.000%");
			assertThat(block.spill()).isTrue();
			assertThat(block.text()).isEqualTo("–06:00");
		});
		assertThat(saturday.text()).isEqualTo("closed, apart from Friday's night shift until 06:00");
		assertThat(friday.text()).isEqualTo("22:00–06:00 the next day (night shift)");
		assertThat(monday.blocks()).singleElement().satisfies((block) -> {
			assertThat(block.style()).isEqualTo("top:0.000%;height:4.167%");
			assertThat(block.labelled()).isFalse();
		});
	}

	@Test
	void drawsTwentyFourSevenAsFullDays() {
		WeekPicture picture = WeekPicture.of(Map.of(DayOfWeek.MONDAY, List.of(WorkingInterval.allDay())));
		assertThat(picture.columns().get(0).blocks()).singleElement().satisfies((block) -> {
			assertThat(block.style()).isEqualTo("top:0.000%;height:100.000%");
			assertThat(block.text()).isEqualTo("00:00–24:00");
		});
		assertThat(picture.columns().get(1).blocks()).isEmpty();
	}

}
