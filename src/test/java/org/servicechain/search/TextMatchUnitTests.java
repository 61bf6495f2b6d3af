package org.servicechain.search;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextMatchUnitTests {

	@Test
	void editsGrowWithTheWordLikeElasticsearchAuto() {
		assertThat(TextMatch.edits("ab")).isZero();
		assertThat(TextMatch.edits("leak")).isEqualTo(1);
		assertThat(TextMatch.edits("coler")).isEqualTo(1);
		assertThat(TextMatch.edits("fridge")).isEqualTo(2);
		assertThat(TextMatch.edits("swiftparcle")).isEqualTo(2);
	}

	@Test
	void shortWordsAndWordsWithDigitsMatchOnlyAsTyped() {
		assertThat(TextMatch.fuzzyWords("Swiftparcle HH-123456 on E21 is ok, Swiftparcle"))
			.containsExactly("swiftparcle");
		assertThat(TextMatch.fuzzyWords("REQ-1500")).containsExactly("req");
	}

	@Test
	void onlyWordsNotFoundAsTypedGetTypoTolerance() {
		Set<String> known = Set.of("washing", "machine");
		assertThat(TextMatch.typos("washing machine leakign", known::contains)).containsExactly("leakign");
	}

}
