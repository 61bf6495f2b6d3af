package org.servicechain.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.servicechain.agreements.Priority;
import org.servicechain.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every arrow of a request's lifecycle (REQ-1): new → open → waiting on the customer or a
 * partner → resolved → closed, with reopen; each records its reason in the history, and
 * every arrow that does not exist is refused naming the rule.
 */
class ServiceRequestUnitTests {

	static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

	static ServiceRequest raised() {
		ServiceRequest request = new ServiceRequest(1042,
				new ServiceRequest.Raising(UUID.randomUUID(), false, RequestChannel.PORTAL, UUID.randomUUID(),
						UUID.randomUUID(), "Fault", Level.MEDIUM, Level.HIGH, Priority.P2, null, "Oven cold",
						"It does not heat."),
				"carol", T0);
		request.drainEvents();
		return request;
	}

	static ServiceRequest in(RequestStatus status) {
		ServiceRequest request = raised();
		switch (status) {
			case NEW -> {
			}
			case OPEN -> request.open("taken", "alex", T0);
			case WAITING_ON_CUSTOMER -> request.waitOnCustomer("photos", "alex", T0);
			case WAITING_ON_PARTNER -> request.waitOnPartner("courier", true, "alex", T0);
			case RESOLVED -> request.resolve("fixed", false, "alex", T0);
			case CLOSED -> {
				request.resolve("fixed", false, "alex", T0);
				request.close("confirmed", "carol", T0);
			}
		}
		request.drainEvents();
		return request;
	}

	@Test
	void raisingRecordsTheOpeningWithItsChannel() {
		ServiceRequest request = new ServiceRequest(1042,
				new ServiceRequest.Raising(UUID.randomUUID(), true, RequestChannel.API, UUID.randomUUID(),
						UUID.randomUUID(), null, Level.LOW, Level.LOW, Priority.P4, null, "s", "d"),
				"api-user", T0);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.NEW);
		assertThat(request.reference()).isEqualTo("REQ-1042");
		assertThat(request.drainEvents()).singleElement().satisfies((event) -> {
			assertThat(event.getKind()).isEqualTo(RequestEventKind.OPENED);
			assertThat(event.toView().detail()).isEqualTo("API");
		});
	}

	@Test
	void opensANewRequestWithItsReason() {
		ServiceRequest request = in(RequestStatus.NEW);
		request.open("Taken on", "alex", T0.plusSeconds(60));
		assertThat(request.getStatus()).isEqualTo(RequestStatus.OPEN);
		RequestEventView event = request.drainEvents().get(0).toView();
		assertThat(event.kind()).isEqualTo(RequestEventKind.STATUS_CHANGED);
		assertThat(event.from()).isEqualTo("NEW");
		assertThat(event.to()).isEqualTo("OPEN");
		assertThat(event.reason()).isEqualTo("Taken on");
		assertThat(event.actor()).isEqualTo("alex");
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "NEW", "OPEN", "WAITING_ON_PARTNER" })
	void waitsOnTheCustomerFrom(RequestStatus from) {
		ServiceRequest request = in(from);
		request.waitOnCustomer("Asked for a photo", "alex", T0);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.WAITING_ON_CUSTOMER);
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED" })
	void refusesToWaitOnTheCustomerFrom(RequestStatus from) {
		assertRefused(() -> in(from).waitOnCustomer("x", "alex", T0), "transition");
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "NEW", "OPEN", "WAITING_ON_CUSTOMER" })
	void waitsOnAPartnerWhileATaskIsWithThem(RequestStatus from) {
		ServiceRequest request = in(from);
		request.waitOnPartner("T1 with the courier", true, "alex", T0);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.WAITING_ON_PARTNER);
	}

	@Test
	void refusesToWaitOnAPartnerWithoutATask() {
		assertRefused(() -> in(RequestStatus.OPEN).waitOnPartner("x", false, "alex", T0), "needs-open-task");
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "WAITING_ON_PARTNER", "RESOLVED", "CLOSED" })
	void refusesToWaitOnAPartnerFrom(RequestStatus from) {
		assertRefused(() -> in(from).waitOnPartner("x", true, "alex", T0), "transition");
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "WAITING_ON_CUSTOMER", "WAITING_ON_PARTNER" })
	void resumesAWaitingRequest(RequestStatus from) {
		ServiceRequest request = in(from);
		request.resume("The customer replied", "carol", T0);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.OPEN);
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "NEW", "OPEN", "RESOLVED", "CLOSED" })
	void refusesToResumeFrom(RequestStatus from) {
		assertRefused(() -> in(from).resume("x", "alex", T0), "transition");
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "NEW", "OPEN", "WAITING_ON_CUSTOMER", "WAITING_ON_PARTNER" })
	void resolvesAnActiveRequest(RequestStatus from) {
		ServiceRequest request = in(from);
		request.resolve("Replaced the element", false, "alex", T0.plusSeconds(3600));
		assertThat(request.getStatus()).isEqualTo(RequestStatus.RESOLVED);
		assertThat(request.getResolvedAt()).isEqualTo(T0.plusSeconds(3600));
		assertThat(request.getNextDueAt()).isNull();
	}

	@Test
	void refusesToResolveWhileTasksAreOpen() {
		assertRefused(() -> in(RequestStatus.WAITING_ON_PARTNER).resolve("x", true, "alex", T0), "open-tasks");
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "RESOLVED", "CLOSED" })
	void refusesToResolveTwice(RequestStatus from) {
		assertRefused(() -> in(from).resolve("x", false, "alex", T0), "transition");
	}

	@Test
	void closesAResolvedRequest() {
		ServiceRequest request = in(RequestStatus.RESOLVED);
		request.close("Confirmed by the customer", "carol", T0);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.CLOSED);
		assertThat(request.getClosedAt()).isEqualTo(T0);
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class,
			names = { "NEW", "OPEN", "WAITING_ON_CUSTOMER", "WAITING_ON_PARTNER", "CLOSED" })
	void refusesToCloseFrom(RequestStatus from) {
		assertRefused(() -> in(from).close("x", "alex", T0), "transition");
	}

	@Test
	void reopensAResolvedRequest() {
		ServiceRequest request = in(RequestStatus.RESOLVED);
		request.reopen("Still leaking", "carol", T0);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.OPEN);
		assertThat(request.getResolvedAt()).isNull();
	}

	@Test
	void refusesToReopenAClosedRequest() {
		assertRefused(() -> in(RequestStatus.CLOSED).reopen("x", "carol", T0), "closed-is-final");
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "NEW", "OPEN", "WAITING_ON_CUSTOMER", "WAITING_ON_PARTNER" })
	void refusesToReopenFrom(RequestStatus from) {
		assertRefused(() -> in(from).reopen("x", "carol", T0), "transition");
	}

	@Test
	void firstPublicReplyIsTheFirstResponseAndMovesWhatIsDueNext() {
		ServiceRequest request = raised();
		Instant firstDue = T0.plusSeconds(2 * 3600);
		Instant resolutionDue = T0.plusSeconds(8 * 3600);
		request.changeDueTimes(firstDue, resolutionDue);
		assertThat(request.getNextDueAt()).isEqualTo(firstDue);
		request.messageAdded(RequestEventKind.INTERNAL_NOTE, null, "alex", T0.plusSeconds(60));
		assertThat(request.getFirstRespondedAt()).isNull();
		request.messageAdded(RequestEventKind.PUBLIC_REPLY, null, "alex", T0.plusSeconds(120));
		assertThat(request.getFirstRespondedAt()).isEqualTo(T0.plusSeconds(120));
		assertThat(request.getNextDueAt()).isEqualTo(resolutionDue);
		request.messageAdded(RequestEventKind.PUBLIC_REPLY, null, "alex", T0.plusSeconds(600));
		assertThat(request.getFirstRespondedAt()).isEqualTo(T0.plusSeconds(120));
	}

	@Test
	void priorityChangeIsRecordedWithItsReasonAndRefusedWhenNothingChanges() {
		ServiceRequest request = raised();
		request.changePriority(Priority.P1, "Vulnerable customer", "maria", T0);
		RequestEventView event = request.drainEvents().get(0).toView();
		assertThat(event.kind()).isEqualTo(RequestEventKind.PRIORITY_CHANGED);
		assertThat(List.of(event.from(), event.to())).containsExactly("P2", "P1");
		assertRefused(() -> request.changePriority(Priority.P1, "again", "maria", T0), "changed");
	}

	@Test
	void assigningTheSamePersonAgainRecordsNothing() {
		ServiceRequest request = raised();
		request.assign("alex", "mine", "alex", T0);
		request.drainEvents();
		request.assign("alex", "again", "alex", T0);
		assertThat(request.drainEvents()).isEmpty();
	}

	@Test
	void onlyAnActiveRequestCanBeEscalated() {
		ServiceRequest request = in(RequestStatus.OPEN);
		request.escalate("Third day without a fridge", "carol", T0);
		assertThat(request.getEscalatedAt()).isEqualTo(T0);
		assertRefused(() -> in(RequestStatus.RESOLVED).escalate("x", "carol", T0), "active");
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule) {
		assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).getViolations().get(0).rule()).isEqualTo(rule));
	}

}
