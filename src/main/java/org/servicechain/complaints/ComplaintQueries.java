package org.servicechain.complaints;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.complaints.ComplaintAccessPolicy.Caller;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * Reading complaints (CMP-4): one complaint as the caller may see it, the register
 * filtered and paged, every row for the export, and the reports. Every path goes through
 * {@link ComplaintAccessPolicy}: the register, its counts, the export and the reports
 * hold only what the caller may see.
 */
@Service
public class ComplaintQueries {

	private final Complaints complaints;

	private final ComplaintRecords records;

	private final ComplaintReferrals referrals;

	private final ComplaintViews views;

	private final ComplaintAccessPolicy access;

	private final AuditTrail audit;

	private final Clock clock;

	private final ComplaintSearch search;

	ComplaintQueries(Complaints complaints, ComplaintRecords records, ComplaintReferrals referrals,
			ComplaintViews views, ComplaintAccessPolicy access, AuditTrail audit, Clock clock, ComplaintSearch search) {
		this.search = search;
		this.complaints = complaints;
		this.records = records;
		this.referrals = referrals;
		this.views = views;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ComplaintView complaint(UUID id) {
		Caller caller = this.access.caller();
		Complaint complaint = this.records.readable(caller, id);
		List<ComplaintViews.ComplaintSimilar> similar = this.access.seesInternal(caller) ? similar(caller, complaint)
				: List.of();
		return this.views.view(caller, complaint, similar, Instant.now(this.clock));
	}

	@Transactional(readOnly = true)
	public ComplaintView byReference(long number) {
		Complaint complaint = this.complaints.findByReferenceNumber(number)
			.orElseThrow(() -> new org.servicechain.shared.NotFoundException("Complaint", "CMP-" + number));
		return complaint(complaint.getId());
	}

	/**
	 * @return the complaint's audit trail: staff only
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> audit(UUID id) {
		Caller caller = this.access.caller();
		this.records.readable(caller, id);
		if (!this.access.seesInternal(caller)) {
			throw ComplaintAccessPolicy.notFound(id);
		}
		return this.audit.history(id);
	}

	/**
	 * Similar complaints, for the analysis: the same complainant, the same service, or
	 * the same cause, newest first, after those most alike in words (found through the
	 * search index, with the caller's access as its filter).
	 */
	private List<ComplaintViews.ComplaintSimilar> similar(Caller caller, Complaint complaint) {
		Specification<Complaint> same = (root, query, cb) -> {
			List<Predicate> any = new ArrayList<>();
			any.add(cb.equal(root.get("complainantId"), complaint.getComplainantId()));
			if (complaint.getServiceId() != null) {
				any.add(cb.equal(root.get("serviceId"), complaint.getServiceId()));
			}
			if (complaint.getCauseCategory() != null) {
				any.add(cb.equal(root.get("causeCategory"), complaint.getCauseCategory()));
			}
			return cb.and(cb.notEqual(root.get("id"), complaint.getId()), cb.or(any.toArray(Predicate[]::new)));
		};
		// Like it in words first (found by search), then the same complainant, service or
		// cause; five in all.
		java.util.Map<UUID, Complaint> similar = new java.util.LinkedHashMap<>();
		List<UUID> alike = this.search.similarTo(caller, complaint, 5);
		if (!alike.isEmpty()) {
			java.util.Map<UUID, Complaint> found = new java.util.HashMap<>();
			this.complaints.findAllById(alike).forEach((other) -> found.put(other.getId(), other));
			alike.stream()
				.map(found::get)
				.filter(java.util.Objects::nonNull)
				.forEach((other) -> similar.put(other.getId(), other));
		}
		this.complaints
			.findAll(same.and(visibleTo(caller)), PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "receivedAt")))
			.forEach((other) -> similar.putIfAbsent(other.getId(), other));
		return similar.values().stream().limit(5).map(ComplaintViews.ComplaintSimilar::new).toList();
	}

	@Transactional(readOnly = true)
	public PageResponse<ComplaintSummary> register(ComplaintFilter filter, int page, int size) {
		Caller caller = this.access.caller();
		Page<Complaint> found = this.complaints.findAll(visibleTo(caller).and(matching(filter)),
				Paging.of(page, size, Sort.by(Sort.Direction.DESC, "receivedAt")));
		ComplaintViews.Names names = this.views.names();
		Instant now = Instant.now(this.clock);
		return PageResponse.of(found, (complaint) -> this.views.summary(complaint, names, caller, now));
	}

	/**
	 * @return every complaint matching the filter that the caller may see, for the
	 * export; staff only
	 */
	@Transactional(readOnly = true)
	public List<ComplaintSummary> export(ComplaintFilter filter) {
		Caller caller = this.access.caller();
		this.access.requireStaff(caller);
		ComplaintViews.Names names = this.views.names();
		Instant now = Instant.now(this.clock);
		return this.complaints
			.findAll(visibleTo(caller).and(matching(filter)), Sort.by(Sort.Direction.DESC, "receivedAt"))
			.stream()
			.map((complaint) -> this.views.summary(complaint, names, caller, now))
			.toList();
	}

	/**
	 * The reports (CMP-4): complaints counted by cause, party, service and severity, and
	 * how long they took to resolve; staff only.
	 */
	@Transactional(readOnly = true)
	public ComplaintReport report(ComplaintFilter filter) {
		Caller caller = this.access.caller();
		this.access.requireStaff(caller);
		ComplaintViews.Names names = this.views.names();
		List<Complaint> all = this.complaints.findAll(visibleTo(caller).and(matching(filter)));
		return ComplaintReport.of(all.stream()
			.map((complaint) -> new ComplaintReport.Row(
					(complaint.getCauseCategory() != null) ? complaint.getCauseCategory() : "Not analysed yet",
					(complaint.getResponsiblePartyId() != null)
							? String.valueOf(names.of(complaint.getResponsiblePartyId())) : "Not attributed",
					(complaint.getServiceId() != null) ? String.valueOf(names.of(complaint.getServiceId()))
							: "No service",
					complaint.getSeverity().label(), resolvedIn(complaint)))
			.toList());
	}

	private static java.time.@org.jspecify.annotations.Nullable Duration resolvedIn(Complaint complaint) {
		Instant resolved = (complaint.getAssuredAt() != null) ? complaint.getAssuredAt() : complaint.getClosedAt();
		return (resolved != null) ? Duration.between(complaint.getReceivedAt(), resolved) : null;
	}

	Specification<Complaint> visibleTo(Caller caller) {
		return (root, query, cb) -> {
			if (caller.fullStaff()) {
				return cb.conjunction();
			}
			UUID party = caller.partyId();
			if (party == null) {
				return cb.disjunction();
			}
			if (caller.teamMember()) {
				List<UUID> referred = new ArrayList<>(this.referrals.complaintsReferredTo(party));
				referred.addAll(this.referrals.complaintsEscalatedTo(caller.username()));
				List<Predicate> any = new ArrayList<>();
				any.add(cb.equal(root.get("complainantId"), party));
				any.add(cb.equal(root.get("responsiblePartyId"), party));
				if (!referred.isEmpty()) {
					any.add(root.get("id").in(referred));
				}
				return cb.or(any.toArray(Predicate[]::new));
			}
			if (caller.customer()) {
				return cb.and(cb.equal(root.get("complainantId"), party), cb
					.or(cb.isTrue(root.get("complainantPerson")), cb.equal(root.get("raisedBy"), caller.username())));
			}
			if (caller.partner()) {
				List<UUID> referred = this.referrals.complaintsReferredTo(party);
				return referred.isEmpty() ? cb.disjunction() : root.get("id").in(referred);
			}
			return cb.disjunction();
		};
	}

	static Specification<Complaint> matching(ComplaintFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (filter.q() != null && !filter.q().isBlank()) {
				String q = filter.q().strip();
				if (q.toUpperCase(Locale.ROOT).matches("CMP-\\d{1,12}")) {
					all.add(cb.equal(root.get("referenceNumber"), Long.parseLong(q.substring(4))));
				}
				else {
					String like = "%"
							+ q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
							+ "%";
					all.add(cb.or(cb.like(cb.lower(root.get("summary")), like, '\\'),
							cb.like(cb.lower(root.get("category")), like, '\\')));
				}
			}
			if (filter.status() != null) {
				all.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.open() != null) {
				Predicate done = root.get("status").in(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED);
				all.add(filter.open() ? cb.not(done) : done);
			}
			if (filter.severity() != null) {
				all.add(cb.equal(root.get("severity"), filter.severity()));
			}
			if (filter.category() != null && !filter.category().isBlank()) {
				all.add(cb.or(cb.equal(root.get("category"), filter.category()),
						cb.equal(root.get("causeCategory"), filter.category())));
			}
			if (filter.complainant() != null) {
				all.add(cb.equal(root.get("complainantId"), filter.complainant()));
			}
			if (filter.service() != null) {
				all.add(cb.equal(root.get("serviceId"), filter.service()));
			}
			if (filter.responsible() != null) {
				all.add(cb.equal(root.get("responsiblePartyId"), filter.responsible()));
			}
			if (filter.internal() != null) {
				all.add(cb.equal(root.get("complainantInternal"), filter.internal()));
			}
			if (filter.referred() != null) {
				all.add(filter.referred() ? cb.greaterThan(root.get("referralCount"), 0)
						: cb.equal(root.get("referralCount"), 0));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

}
