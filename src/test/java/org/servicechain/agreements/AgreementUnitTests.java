package org.servicechain.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The agreement lifecycle (AGREE-3): every arrow checks its precondition.
 */
class AgreementUnitTests {

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	final UUID provider = UUID.randomUUID();

	final UUID consumer = UUID.randomUUID();

	final UUID service = UUID.randomUUID();

	Agreement draft(LocalDate validFrom, LocalDate validUntil) {
		return new Agreement(1001,
				new AgreementHeader("Carriage", AgreementKind.UNDERPINNING_CONTRACT, Formality.FORMAL, this.provider,
						this.consumer, List.of(this.service), UUID.randomUUID(), validFrom, validUntil,
						TODAY.plusMonths(6), null, null),
				"{}", "maria", NOW);
	}

	@Test
	void isAgreedOnlyWhenBothSidesAcceptTheSameVersion() {
		Agreement agreement = draft(null, null);
		agreement.propose(Side.CONSUMER, null);
		assertThat(agreement.accept(1, Side.PROVIDER, UUID.randomUUID(), "Karen", "maria", NOW)).isFalse();
		agreement.counter(Side.CONSUMER, "{}", "maria", "tighter", NOW);
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.COUNTERED);
		// The provider's acceptance was of version 1; version 2 needs both again
		assertThat(agreement.accept(2, Side.CONSUMER, UUID.randomUUID(), "Ravi", "maria", NOW)).isFalse();
		assertThat(agreement.accept(2, Side.PROVIDER, UUID.randomUUID(), "Karen", "maria", NOW)).isTrue();
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.AGREED);
		assertThat(agreement.getAgreedNumber()).isEqualTo(2);
	}

	@Test
	void rejectsArrowsThatDoNotExist() {
		Agreement agreement = draft(null, null);
		assertThatThrownBy(() -> agreement.activate(TODAY)).hasMessageContaining("only an agreed agreement");
		assertThatThrownBy(() -> agreement.counter(Side.PROVIDER, "{}", "x", null, NOW))
			.hasMessageContaining("proposed, countered or under review");
		assertThatThrownBy(() -> agreement.accept(1, Side.PROVIDER, UUID.randomUUID(), "K", "x", NOW))
			.hasMessageContaining("no terms on the table");
		agreement.propose(Side.CONSUMER, null);
		assertThatThrownBy(() -> agreement.redraft("{}", "x", NOW)).hasMessageContaining("only a draft can be edited");
		assertThatThrownBy(() -> agreement.accept(7, Side.PROVIDER, UUID.randomUUID(), "K", "x", NOW))
			.hasMessageContaining("version 7 is no longer on the table");
	}

	@Test
	void agreedTermsChangeOnlyThroughAReview() {
		Agreement agreement = agreed(null, null);
		agreement.activate(TODAY);
		assertThatThrownBy(() -> agreement.redraft("{}", "x", NOW)).isInstanceOf(AgreementRuleException.class);
		assertThatThrownBy(() -> agreement.changeHeader(
				new AgreementHeader("New title", AgreementKind.UNDERPINNING_CONTRACT, Formality.FORMAL, this.provider,
						this.consumer, List.of(this.service), UUID.randomUUID(), null, null, null, null, null)))
			.hasMessageContaining("start a review first");
		agreement.startReview();
		agreement.counter(Side.PROVIDER, "{\"serviceCredits\":\"none\"}", "x", null, NOW);
		// Still in force under the agreed version while the new one is negotiated
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.UNDER_REVIEW);
		assertThat(agreement.termsInForce()).get().extracting(TermsVersion::getNumber).isEqualTo(1);
		assertThatThrownBy(() -> agreement.closeReviewUnchanged(TODAY.plusYears(1)))
			.hasMessageContaining("no new terms on the table");
	}

	@Test
	void activatesOnlyWithinItsValidityAndExpiresAfterIt() {
		Agreement future = agreed(TODAY.plusDays(10), null);
		assertThatThrownBy(() -> future.activate(TODAY)).hasMessageContaining("valid from");
		assertThat(future.activateIfDue(TODAY)).isFalse();
		assertThat(future.activateIfDue(TODAY.plusDays(10))).isTrue();

		Agreement ending = agreed(null, TODAY.plusDays(5));
		ending.activate(TODAY);
		assertThat(ending.expireIfEnded(TODAY.plusDays(5))).isFalse();
		assertThat(ending.expireIfEnded(TODAY.plusDays(6))).isTrue();
		assertThat(ending.getStatus()).isEqualTo(AgreementStatus.EXPIRED);
	}

	@Test
	void remindsOnceAheadOfEachReviewDate() {
		Agreement agreement = agreed(null, null);
		agreement.activate(TODAY);
		LocalDate review = agreement.getReviewOn();
		assertThat(agreement.needsReviewReminder(review.minusDays(31), 30)).isFalse();
		assertThat(agreement.needsReviewReminder(review.minusDays(30), 30)).isTrue();
		agreement.remindedOfReview();
		assertThat(agreement.needsReviewReminder(review.minusDays(29), 30)).isFalse();
	}

	@Test
	void overlapsOnlyForTheSamePartiesAServiceAndAPeriod() {
		Agreement first = draft(TODAY, TODAY.plusMonths(12));
		Agreement later = draft(TODAY.plusMonths(12).plusDays(1), null);
		Agreement meanwhile = draft(TODAY.plusMonths(6), null);
		assertThat(first.overlaps(later)).isFalse();
		assertThat(first.overlaps(meanwhile)).isTrue();
	}

	private Agreement agreed(LocalDate validFrom, LocalDate validUntil) {
		Agreement agreement = draft(validFrom, validUntil);
		agreement.propose(Side.CONSUMER, null);
		agreement.accept(1, Side.PROVIDER, UUID.randomUUID(), "Karen", "maria", NOW);
		agreement.accept(1, Side.CONSUMER, UUID.randomUUID(), "Ravi", "maria", NOW);
		return agreement;
	}

}
