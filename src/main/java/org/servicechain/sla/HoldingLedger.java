package org.servicechain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.requests.RequestEventKind;
import org.servicechain.requests.RequestEventView;
import org.servicechain.requests.RequestStatus;

/**
 * Who held a request for how long, in business time (REQ-3): the customer while we wait
 * on them, our front-line team, and each internal team or supplier while work is handed
 * to them and the request waits on them. Derived from the history like the clocks, in the
 * calendar of the customer's agreement, so the holders' shares add up to the customer's
 * own clock.
 * <p>
 * Rule: the request is held by our team while new or open; by the customer while waiting
 * on the customer; by the party of the most recently handed-over task still open while
 * waiting on a partner; by nobody once resolved or closed.
 */
public final class HoldingLedger {

	private HoldingLedger() {
	}

	/**
	 * @param team our team that owns the request
	 * @param customer the requester
	 * @param taskHolders the party of each task, by task id
	 */
	public static Ledger of(Holder team, Holder customer, Map<UUID, Holder> taskHolders, List<RequestEventView> events,
			BusinessCalendar calendar, Instant now) {
		List<Segment> segments = new ArrayList<>();
		Map<UUID, Holder> open = new LinkedHashMap<>();
		RequestStatus status = RequestStatus.NEW;
		@Nullable Holder holder = null;
		@Nullable Instant since = null;
		String why = "";
		for (RequestEventView event : events) {
			if (event.at().isAfter(now)) {
				break;
			}
			@Nullable Holder next = holder;
			String reason = why;
			switch (event.kind()) {
				case OPENED -> {
					next = team;
					reason = "new request";
				}
				case STATUS_CHANGED -> {
					status = status(event.to(), status);
					String given = (event.reason() != null) ? event.reason() : "";
					next = switch (status) {
						case NEW, OPEN -> team;
						case WAITING_ON_CUSTOMER -> customer;
						case WAITING_ON_PARTNER -> open.isEmpty() ? team : last(open);
						case RESOLVED, CLOSED -> null;
					};
					reason = given.isEmpty() ? status.label() : status.label() + ": " + given;
				}
				case TASK_HANDED_OVER -> {
					Holder party = (event.taskId() != null) ? taskHolders.get(event.taskId()) : null;
					if (party != null) {
						open.put(event.taskId(), party);
						if (status == RequestStatus.WAITING_ON_PARTNER) {
							next = party;
							reason = "task handed over: " + (event.detail() != null ? event.detail() : party.name());
						}
					}
				}
				case TASK_COMPLETED, TASK_DECLINED, TASK_CANCELLED -> {
					if (event.taskId() != null) {
						open.remove(event.taskId());
					}
					if (status == RequestStatus.WAITING_ON_PARTNER) {
						next = open.isEmpty() ? team : last(open);
						reason = "task " + event.kind().name().substring(5).toLowerCase(java.util.Locale.ROOT);
					}
				}
				default -> {
				}
			}
			if (!same(next, holder)) {
				if (holder != null && since != null) {
					segments.add(segment(holder, since, event.at(), why, calendar));
				}
				holder = next;
				since = event.at();
				why = reason;
			}
			else if (event.kind() == RequestEventKind.STATUS_CHANGED && holder != null) {
				why = reason;
			}
		}
		if (holder != null && since != null && now.isAfter(since)) {
			segments.add(segment(holder, since, now, why, calendar).stillHeld());
		}
		return new Ledger(List.copyOf(segments));
	}

	private static boolean same(@Nullable Holder a, @Nullable Holder b) {
		return (a == null) ? b == null : b != null && a.id().equals(b.id());
	}

	private static Holder last(Map<UUID, Holder> open) {
		Holder last = null;
		for (Holder holder : open.values()) {
			last = holder;
		}
		return last;
	}

	private static Segment segment(Holder holder, Instant from, Instant to, String why, BusinessCalendar calendar) {
		Duration business = to.isAfter(from) ? calendar.workingTimeBetween(from, to) : Duration.ZERO;
		return new Segment(holder, from, to, business, why, false);
	}

	private static RequestStatus status(@Nullable String name, RequestStatus otherwise) {
		try {
			return (name != null) ? RequestStatus.valueOf(name) : otherwise;
		}
		catch (IllegalArgumentException ex) {
			return otherwise;
		}
	}

	/**
	 * Who can hold a request.
	 */
	public enum HolderKind {

		CUSTOMER("customer"), OUR_TEAM("our team"), INTERNAL_TEAM("internal team"), SUPPLIER("supplier");

		private final String label;

		HolderKind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * A holder: a party of the chain, named as people see it.
	 */
	public record Holder(UUID id, String name, HolderKind kind) {

	}

	/**
	 * One stretch of holding, with its business time.
	 */
	public record Segment(Holder holder, Instant from, Instant to, Duration business, String reason, boolean ongoing) {

		Segment stillHeld() {
			return new Segment(this.holder, this.from, this.to, this.business, this.reason, true);
		}

	}

	/**
	 * The ledger: its segments, oldest first, and each holder's total.
	 */
	public record Ledger(List<Segment> segments) {

		public Map<Holder, Duration> totals() {
			Map<Holder, Duration> totals = new LinkedHashMap<>();
			for (Segment segment : this.segments) {
				totals.merge(segment.holder(), segment.business(), Duration::plus);
			}
			return totals;
		}

		public Duration total() {
			return this.segments.stream().map(Segment::business).reduce(Duration.ZERO, Duration::plus);
		}

		/**
		 * @return the ledger cut at an instant (for attributing a breach at that instant)
		 */
		public Ledger until(Instant instant, BusinessCalendar calendar) {
			List<Segment> cut = new ArrayList<>();
			for (Segment segment : this.segments) {
				if (!segment.from().isBefore(instant)) {
					break;
				}
				if (segment.to().isAfter(instant)) {
					cut.add(new Segment(segment.holder(), segment.from(), instant,
							calendar.workingTimeBetween(segment.from(), instant), segment.reason(), false));
				}
				else {
					cut.add(segment);
				}
			}
			return new Ledger(List.copyOf(cut));
		}

	}

}
