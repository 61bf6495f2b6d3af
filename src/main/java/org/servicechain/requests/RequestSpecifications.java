package org.servicechain.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

import org.servicechain.requests.RequestAccessPolicy.Caller;
import org.servicechain.shared.InvalidInputException;

/**
 * The conditions request lists are built from: what the caller may see (the same rule as
 * {@link RequestAccessPolicy}, as a query, so lists, pages and counts never show more
 * than a request page would), and the filters of {@link RequestFilter}.
 */
final class RequestSpecifications {

	private RequestSpecifications() {
	}

	/**
	 * @param sharedWithinParty for a customer: whether every contact of their party sees
	 * its requests
	 */
	static Specification<ServiceRequest> visibleTo(Caller caller, boolean sharedWithinParty) {
		return (root, query, cb) -> {
			if (caller.fullStaff()) {
				return cb.conjunction();
			}
			UUID party = caller.partyId();
			if (party == null) {
				return cb.disjunction();
			}
			if (caller.teamMember()) {
				return cb.or(cb.equal(root.get("providerId"), party), root.get("id").in(tasksFor(query, cb, party)));
			}
			if (caller.customer()) {
				Predicate own = cb.equal(root.get("requesterId"), party);
				return sharedWithinParty ? own : cb.and(own, cb.equal(root.get("raisedBy"), caller.username()));
			}
			return cb.disjunction();
		};
	}

	static Specification<ServiceRequest> matching(RequestFilter filter, Caller caller) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.status() != null && !filter.status().isEmpty()) {
				where.add(root.get("status").in(filter.status()));
			}
			if (Boolean.TRUE.equals(filter.active())) {
				where.add(root.get("status").in(Queues.ACTIVE));
			}
			if (filter.priority() != null) {
				where.add(cb.equal(root.get("priority"), filter.priority()));
			}
			if (filter.service() != null) {
				where.add(cb.equal(root.get("serviceId"), filter.service()));
			}
			if (filter.requester() != null) {
				where.add(cb.equal(root.get("requesterId"), filter.requester()));
			}
			if (filter.team() != null) {
				where.add(cb.equal(root.get("providerId"), filter.team()));
			}
			if (filter.internal() != null) {
				where.add(cb.equal(root.get("requesterInternal"), filter.internal()));
			}
			if (filter.dueBefore() != null) {
				where.add(cb.lessThan(root.get("nextDueAt"), filter.dueBefore()));
			}
			if (Boolean.TRUE.equals(filter.escalated())) {
				where.add(cb.isNotNull(root.get("escalatedAt")));
				where.add(root.get("status").in(Queues.ACTIVE));
			}
			if (filter.assignee() != null && !filter.assignee().isBlank()) {
				String assignee = filter.assignee().strip();
				if ("none".equalsIgnoreCase(assignee)) {
					where.add(cb.isNull(root.get("assignee")));
				}
				else {
					where.add(cb.equal(root.get("assignee"),
							"me".equalsIgnoreCase(assignee) ? caller.username() : assignee));
				}
			}
			if (filter.waitingOn() != null && !filter.waitingOn().isBlank()) {
				where.add(waitingOn(filter.waitingOn().strip(), root, query, cb));
			}
			if (filter.text() != null && !filter.text().isBlank()) {
				String text = filter.text().strip();
				Optional<Long> number = RequestReference.numberIn(text);
				if (number.isPresent()) {
					where.add(cb.equal(root.get("referenceNumber"), number.get()));
				}
				else {
					where.add(cb.like(cb.lower(root.get("summary")),
							"%" + text.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%", '\\'));
				}
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	static Specification<ServiceRequest> dueBetween(Instant from, Instant to) {
		return (root, query, cb) -> cb.and(root.get("status").in(Queues.ACTIVE),
				cb.greaterThan(root.get("nextDueAt"), from), cb.lessThanOrEqualTo(root.get("nextDueAt"), to));
	}

	static Specification<ServiceRequest> overdueAt(Instant now) {
		return (root, query, cb) -> cb.and(root.get("status").in(Queues.ACTIVE),
				cb.lessThanOrEqualTo(root.get("nextDueAt"), now));
	}

	private static Predicate waitingOn(String whom, Root<ServiceRequest> root,
			jakarta.persistence.criteria.CriteriaQuery<?> query, CriteriaBuilder cb) {
		if ("CUSTOMER".equalsIgnoreCase(whom)) {
			return cb.equal(root.get("status"), RequestStatus.WAITING_ON_CUSTOMER);
		}
		Subquery<UUID> open = query.subquery(UUID.class);
		Root<ChainTask> task = open.from(ChainTask.class);
		open.select(task.get("requestId"));
		if ("PARTNER".equalsIgnoreCase(whom)) {
			open.where(task.get("status").in(Queues.ACTIVE_TASKS));
			return cb.and(root.get("status").in(Queues.ACTIVE), root.get("id").in(open));
		}
		UUID party;
		try {
			party = UUID.fromString(whom);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("waitingOn", "value",
					"waitingOn is CUSTOMER, PARTNER or the id of a party holding a task");
		}
		open.where(task.get("status").in(Queues.ACTIVE_TASKS), cb.equal(task.get("providerId"), party));
		return cb.and(root.get("status").in(Queues.ACTIVE), root.get("id").in(open));
	}

	private static Subquery<UUID> tasksFor(jakarta.persistence.criteria.CriteriaQuery<?> query, CriteriaBuilder cb,
			UUID party) {
		Subquery<UUID> handed = query.subquery(UUID.class);
		Root<ChainTask> task = handed.from(ChainTask.class);
		handed.select(task.get("requestId")).where(cb.equal(task.get("providerId"), party));
		return handed;
	}

}
