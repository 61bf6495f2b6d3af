package org.servicechain.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recurring themes found across short texts with Carrot2's suffix tree clustering, and
 * how they are ranked (FB-3, FB-5).
 */
class FeedbackThemesUnitTests {

	static final Instant TO = Instant.parse("2026-11-30T12:00:00Z");

	static final Instant FROM = TO.minus(Duration.ofDays(30));

	static final UUID COURIER = UUID.randomUUID();

	List<ThemeFinder.Text> texts = new ArrayList<>();

	void say(String text, int daysAgo, UUID customer, UUID party) {
		this.texts.add(new ThemeFinder.Text(UUID.randomUUID(), ThemeTexts.COMMENT, text,
				TO.minus(Duration.ofDays(daysAgo)), customer, party, Sentiment.english().read(text).comparative()));
	}

	@Test
	void findsTheThemeManyCustomersRepeatAndRanksItFirst() {
		String[] late = { "The delivery driver arrived late again", "Late delivery, I waited all day",
				"Delivery driver was very late and rude", "Another late delivery this week",
				"The late delivery ruined my weekend", "Why is every delivery late?" };
		for (int i = 0; i < late.length; i++) {
			say(late[i], 1 + i * 2, UUID.randomUUID(), COURIER);
		}
		say("Friendly staff at the counter", 20, UUID.randomUUID(), UUID.randomUUID());
		say("The invoice had the wrong address", 25, UUID.randomUUID(), UUID.randomUUID());
		say("Great app, easy to book", 10, UUID.randomUUID(), UUID.randomUUID());
		say("Invoice address was wrong again", 3, UUID.randomUUID(), UUID.randomUUID());

		List<ThemeFinder.Theme> themes = ThemeFinder.themes(this.texts, FROM, TO, 3);

		assertThat(themes).isNotEmpty();
		ThemeFinder.Theme first = themes.get(0);
		assertThat(first.key()).contains("delivery");
		assertThat(first.mentions()).isGreaterThanOrEqualTo(4);
		assertThat(first.customers()).isEqualTo(first.mentions());
		assertThat(first.partyId()).isEqualTo(COURIER);
		assertThat(first.tone()).isEqualTo(Sentiment.Tone.NEGATIVE);
		assertThat(themes).allSatisfy((theme) -> assertThat(theme.mentions()).isGreaterThanOrEqualTo(3));
	}

	@Test
	void aCommentWithNoWordDoesNotBreakTheThemesOfTheOthers() {
		String[] late = { "The delivery driver arrived late again", "Late delivery, I waited all day",
				"Delivery driver was very late and rude", "Another late delivery this week",
				"The late delivery ruined my weekend", "Why is every delivery late?" };
		String[] invoice = { "The invoice had the wrong address", "Invoice address was wrong again",
				"Wrong address on the invoice once more", "My invoice shows an old address" };
		for (int i = 0; i < late.length; i++) {
			say(late[i], 1 + i * 2, UUID.randomUUID(), COURIER);
		}
		for (int i = 0; i < invoice.length; i++) {
			say(invoice[i], 2 + i * 3, UUID.randomUUID(), UUID.randomUUID());
		}
		List<String> without = ThemeFinder.themes(this.texts, FROM, TO, 2)
			.stream()
			.map((theme) -> theme.key() + " " + theme.mentions())
			.toList();
		// An emoji or a row of dots is a comment too; Carrot2 loses most clusters when
		// one of its documents holds no word at all.
		for (String wordless : List.of("👍", "...", "!!!", "-")) {
			this.texts.add(5, new ThemeFinder.Text(UUID.randomUUID(), ThemeTexts.COMMENT, wordless,
					TO.minus(Duration.ofDays(4)), UUID.randomUUID(), null, 0));
		}
		assertThat(without).isNotEmpty();
		assertThat(ThemeFinder.themes(this.texts, FROM, TO, 2)
			.stream()
			.map((theme) -> theme.key() + " " + theme.mentions())
			.toList()).isEqualTo(without);
	}

	@Test
	void leavesOutTextsOutsideTheWindow() {
		for (int i = 0; i < 5; i++) {
			say("Late delivery again", 40 + i, UUID.randomUUID(), COURIER);
		}
		say("Late delivery again", 1, UUID.randomUUID(), COURIER);
		assertThat(ThemeFinder.themes(this.texts, FROM, TO, 2)).isEmpty();
	}

	@Test
	void aThemeWhoseMentionsGrowIsRising() {
		ThemeFinder.Text early = new ThemeFinder.Text(UUID.randomUUID(), "comment", "late", FROM.plusSeconds(60), null,
				null, -0.5);
		ThemeFinder.Text recent = new ThemeFinder.Text(UUID.randomUUID(), "comment", "late", TO.minusSeconds(60), null,
				null, -0.5);
		ThemeFinder.Theme rising = new ThemeFinder.Theme("late", "Late", List.of(early, recent, recent), 0, -0.5, 2, 1,
				null);
		ThemeFinder.Theme falling = new ThemeFinder.Theme("late", "Late", List.of(early, early, recent), 0, -0.5, 1, 2,
				null);
		assertThat(rising.trend()).isEqualTo("rising");
		assertThat(falling.trend()).isEqualTo("falling");
		assertThat(rising.rank()).isGreaterThan(falling.rank());
	}

	@Test
	void aNegativeThemeOutranksAnEquallyFrequentPositiveOne() {
		ThemeFinder.Text text = new ThemeFinder.Text(UUID.randomUUID(), "comment", "x", TO, null, null, 0);
		ThemeFinder.Theme negative = new ThemeFinder.Theme("a", "A", List.of(text, text), 1, -0.4, 1, 1, null);
		ThemeFinder.Theme positive = new ThemeFinder.Theme("b", "B", List.of(text, text), 1, 0.4, 1, 1, null);
		assertThat(negative.rank()).isGreaterThan(positive.rank());
	}

}
