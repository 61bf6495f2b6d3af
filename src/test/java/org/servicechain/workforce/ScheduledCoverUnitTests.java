package org.servicechain.workforce;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The scheduled move at the start of an absence: it moves nothing when the policy cannot
 * place an item, keeps the reason for managers, and does not try again within the hour
 * (the moves themselves are proven in AbsenceCoverIntegrationTests).
 */
class ScheduledCoverUnitTests {

	static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	final Absences absences = mock(Absences.class);

	final AbsenceCover cover = mock(AbsenceCover.class);

	final WorkforceManagement workforce = mock(WorkforceManagement.class);

	final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);

	Absence away(String who, LocalDate from, LocalDate to) {
		Absence absence = new Absence(who, AbsenceKind.HOLIDAY, from, to, null, null, who, NOW.minusSeconds(86400));
		absence.approve("maria.manager", null, NOW.minusSeconds(3600));
		when(this.workforce.today(who)).thenReturn(TODAY);
		when(this.absences.findById(absence.getId())).thenReturn(Optional.of(absence));
		return absence;
	}

	ScheduledCover scheduled(Instant now) {
		when(this.transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
		return new ScheduledCover(this.absences, this.cover, this.workforce, mock(AuditTrail.class), this.transactions,
				Clock.fixed(now, ZoneOffset.UTC));
	}

	@Test
	void whenThePolicyCannotPlaceAnItemNothingMovesAndTheReasonIsKept() {
		Absence stuck = away("ben.agent", TODAY, TODAY.plusDays(2));
		Absence later = away("alex.agent", TODAY.plusDays(1), TODAY.plusDays(3));
		when(this.absences.unmovedBetween(TODAY.minusDays(1), TODAY.plusDays(1))).thenReturn(List.of(stuck, later));
		when(this.cover.move(stuck.getId(), CoverMode.POLICY, null)).thenThrow(
				new InvalidInputException("mode", "available", "nobody who is not away may hold REQ-1 of Warehouse"));

		ScheduledCover.Outcome outcome = scheduled(NOW).coverStarted();

		assertThat(outcome).isEqualTo(new ScheduledCover.Outcome(0, 1));
		assertThat(stuck.getCoverNote())
			.isEqualTo("Not moved automatically: nobody who is not away may hold REQ-1 of Warehouse");
		assertThat(stuck.getCoverTriedAt()).isEqualTo(NOW);
		assertThat(stuck.getWorkMovedAt()).isNull();
		verify(this.absences).saveAndFlush(stuck);
		// An absence that has not started on its person's calendar is left alone.
		verify(this.cover, never()).move(eq(later.getId()), any(), any());
	}

	@Test
	void aRefusedMoveIsTriedAgainOnlyAfterAnHour() {
		Absence stuck = away("ben.agent", TODAY, TODAY);
		stuck.coverFailed(NOW.minusSeconds(1800), "Not moved automatically: nobody");
		when(this.absences.unmovedBetween(any(), any())).thenReturn(List.of(stuck));

		assertThat(scheduled(NOW).coverStarted()).isEqualTo(new ScheduledCover.Outcome(0, 0));
		verify(this.cover, never()).move(any(), any(), any());

		assertThat(scheduled(NOW.plusSeconds(1800)).coverStarted()).isEqualTo(new ScheduledCover.Outcome(1, 0));
		verify(this.cover).move(stuck.getId(), CoverMode.POLICY, null);
	}

}
