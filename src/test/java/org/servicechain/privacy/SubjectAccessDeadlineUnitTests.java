package org.servicechain.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.servicechain.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one-month time limit of UK GDPR Art. 12(3) as the ICO counts it, the extension by
 * up to two further months, and the way a request moves on.
 */
class SubjectAccessDeadlineUnitTests {

	@Test
	void oneCalendarMonthIsTheSameDayOfTheNextMonth() {
		assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2026, 12, 2), 0)).isEqualTo(LocalDate.of(2027, 1, 2));
		assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2026, 12, 31), 0)).isEqualTo(LocalDate.of(2027, 1, 31));
		assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2026, 11, 30), 0)).isEqualTo(LocalDate.of(2026, 12, 30));
	}

	@Test
	void whenTheNextMonthHasNoSuchDayItIsThatMonthsLastDay() {
		assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2027, 1, 31), 0)).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2028, 1, 31), 0)).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2027, 1, 29), 0)).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2027, 3, 31), 0)).isEqualTo(LocalDate.of(2027, 4, 30));
		assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2027, 8, 31), 0)).isEqualTo(LocalDate.of(2027, 9, 30));
	}

	@Test
	void anExtensionCountsFromReceiptNotFromTheFirstDueDate() {
		// 31 Jan → 28 Feb; counting two more months from 28 Feb would wrongly give 28
		// Apr.
		assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2027, 1, 31), 2)).isEqualTo(LocalDate.of(2027, 4, 30));
		assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2027, 1, 31), 1)).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2026, 11, 30), 2)).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(SubjectAccessDeadline.dueOn(LocalDate.of(2027, 11, 30), 2)).isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void noMoreThanTwoFurtherMonths() {
		assertThatThrownBy(() -> SubjectAccessDeadline.dueOn(LocalDate.of(2027, 1, 1), 3))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getViolations().get(0).field()).isEqualTo("months");
				assertThat(ex.getViolations().get(0).rule()).isEqualTo("range");
			});
	}

	@Test
	void aRequestIsExtendedWithAReasonAndItsDueDateMoves() {
		SubjectAccessRequest request = request(LocalDate.of(2027, 1, 31));
		assertThat(request.view(LocalDate.of(2027, 2, 1)).dueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertRule(() -> request.extend(2, " "), "reason", "required");
		assertRule(() -> request.extend(0, "Complex"), "months", "range");
		assertRule(() -> request.extend(3, "Complex"), "months", "range");
		request.extend(2, "Complex: twelve years of records");
		SubjectAccessRequestView view = request.view(LocalDate.of(2027, 4, 25));
		assertThat(view.dueOn()).isEqualTo(LocalDate.of(2027, 4, 30));
		assertThat(view.extensionMonths()).isEqualTo(2);
		assertThat(view.dueSoon()).isTrue();
		assertThat(view.overdue()).isFalse();
		assertThat(request.view(LocalDate.of(2027, 5, 1)).overdue()).isTrue();
		assertThat(request.view(LocalDate.of(2027, 5, 1)).daysLeft()).isEqualTo(-1);
	}

	@Test
	void aRequestMovesOnInOrderAndARefusalNeedsAReason() {
		SubjectAccessRequest request = request(LocalDate.of(2027, 1, 10));
		assertRule(() -> request.moveTo(SubjectAccessStatus.COMPLETED, null, "admin", Instant.now()), "to",
				"allowed-transition");
		request.moveTo(SubjectAccessStatus.IDENTITY_VERIFIED, null, "admin", Instant.parse("2027-01-11T10:00:00Z"));
		SubjectAccessRequestView verified = request.view(LocalDate.of(2027, 1, 11));
		assertThat(verified.identityVerifiedBy()).isEqualTo("admin");
		assertThat(verified.next()).containsExactly(SubjectAccessStatus.GATHERING, SubjectAccessStatus.REFUSED);
		assertRule(() -> request.moveTo(SubjectAccessStatus.REFUSED, "", "admin", Instant.now()), "reason", "required");
		request.moveTo(SubjectAccessStatus.GATHERING, null, "admin", Instant.now());
		request.complete("{}".getBytes(), Instant.parse("2027-02-12T10:00:00Z"));
		SubjectAccessRequestView completed = request.view(LocalDate.of(2027, 2, 12));
		assertThat(completed.status()).isEqualTo(SubjectAccessStatus.COMPLETED);
		assertThat(completed.exportAvailable()).isTrue();
		assertThat(completed.completedLate()).isTrue();
		assertThat(completed.overdue()).isFalse();
		assertRule(() -> request.extend(1, "Late"), "status", "open");
	}

	private static SubjectAccessRequest request(LocalDate receivedOn) {
		return new SubjectAccessRequest(1, new DataSubject(DataSubject.Kind.CONTACT, UUID.randomUUID()), receivedOn,
				ReceivedVia.EMAIL, null, "admin", Instant.now());
	}

	static void assertRule(Runnable action, String field, String rule) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
			assertThat(ex.getViolations().get(0).field()).isEqualTo(field);
			assertThat(ex.getViolations().get(0).rule()).isEqualTo(rule);
		});
	}

}
