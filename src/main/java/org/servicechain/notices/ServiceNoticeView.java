package org.servicechain.notices;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.chain.PartyKind;

/**
 * A service notice as its page and the API show it. Outsiders (customers, partners) get
 * it without the list of who was told (other parties' people) and with only their own
 * party's linked requests.
 *
 * @param parties the parties found affected through the chain when it was declared
 * @param rounds the notice as declared, each update and the all-clear, in order
 * @param deliveries who was told of each round, when and how, and who was not reached
 */
public record ServiceNoticeView(UUID id, long version, String reference, NoticeKind kind, NoticeSubject subject,
		UUID subjectId, String subjectName, String title, String message, Instant startsAt, @Nullable Instant endsAt,
		Instant declaredAt, String declaredByName, @Nullable Instant clearedAt, @Nullable UUID originId,
		List<AffectedParty> parties, List<AffectedService> services, List<RoundView> rounds,
		List<DeliveryView> deliveries, List<LinkedRequestView> requests) {

	public boolean cleared() {
		return this.clearedAt != null;
	}

	public String kindLabel() {
		return this.kind.label();
	}

	/**
	 * @return the deliveries of the notice as declared (round 1): the people every update
	 * goes to.
	 */
	public List<DeliveryView> firstRound() {
		return this.deliveries.stream().filter((delivery) -> delivery.round() == 1).toList();
	}

	public long reachedCount() {
		return firstRound().stream().filter(DeliveryView::reached).count();
	}

	public List<DeliveryView> unreached() {
		return firstRound().stream().filter((delivery) -> !delivery.reached()).toList();
	}

	public record AffectedParty(UUID id, String name, PartyKind kind) {

		public boolean customer() {
			return this.kind == PartyKind.CUSTOMER;
		}

		public boolean internalTeam() {
			return this.kind == PartyKind.INTERNAL_TEAM;
		}

	}

	public record AffectedService(UUID id, String name) {

	}

	/**
	 * @param kind {@code DECLARED}, {@code UPDATE} or {@code ALL_CLEAR}
	 */
	public record RoundView(int number, String kind, String message, Instant at, String byName) {

		public String label() {
			return switch (this.kind) {
				case "DECLARED" -> "Declared";
				case "ALL_CLEAR" -> "All clear";
				default -> "Update";
			};
		}

	}

	/**
	 * One person told of one round, or not reached.
	 *
	 * @param channel {@code MAIL}, {@code IN_APP} or {@code NONE} (not reached)
	 * @param preferred the channel the chain records the contact prefers, if any
	 * @param note why not reached, or how a preference could not be followed
	 */
	public record DeliveryView(int round, UUID partyId, String partyName, String personName, String channel,
			@Nullable String address, @Nullable String preferred, @Nullable String note, Instant toldAt) {

		public boolean reached() {
			return !"NONE".equals(this.channel);
		}

		public String channelLabel() {
			return switch (this.channel) {
				case "MAIL" -> "By mail";
				case "IN_APP" -> "In the application";
				default -> "Not reached";
			};
		}

	}

	public record LinkedRequestView(UUID requestId, String reference, UUID requesterId, String summary,
			Instant raisedAt) {

	}

}
