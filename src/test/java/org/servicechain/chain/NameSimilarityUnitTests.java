package org.servicechain.chain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameSimilarityUnitTests {

	@Test
	void normalisingDropsCaseAccentsPunctuationAndLegalForms() {
		assertThat(NameSimilarity.normalise("ACME Ltd.")).isEqualTo("acme");
		assertThat(NameSimilarity.normalise("Acme Limited")).isEqualTo("acme");
		assertThat(NameSimilarity.normalise("  Zoë  O'Brien ")).isEqualTo("zoe o brien");
		assertThat(NameSimilarity.normalise("Smith & Sons plc")).isEqualTo("smith sons");
		assertThat(NameSimilarity.normalise("Ltd")).isEqualTo("ltd");
	}

	@Test
	void theSameNameWrittenDifferentlyIsSimilar() {
		assertThat(NameSimilarity.of("ACME Ltd.", "Acme Limited")).isEqualTo(1.0);
		assertThat(NameSimilarity.similar("SwiftParcel", "Swiftparcle")).isTrue();
		assertThat(NameSimilarity.similar("Jonathan Smith", "Jonathon Smith")).isTrue();
		assertThat(NameSimilarity.similar("Zoë O'Brien", "Zoe OBrien")).isTrue();
	}

	@Test
	void differentNamesAreNot() {
		assertThat(NameSimilarity.similar("SwiftParcel", "PayBridge")).isFalse();
		assertThat(NameSimilarity.similar("Carol Customer", "Priya Customer")).isFalse();
		assertThat(NameSimilarity.similar("Northern Water", "Southern Water")).isFalse();
		assertThat(NameSimilarity.of("", "Acme")).isZero();
	}

}
