package org.servicechain.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.Role;
import org.servicechain.identity.StaffMember;
import org.servicechain.requests.RequestAccessPolicy.Caller;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;
import org.servicechain.shared.NotFoundException;

/**
 * How the desk works (REQ-4, REQ-5): the priority matrix, categories, closing of resolved
 * requests and automatic assignment, set by managers; who works which queue with which
 * skills; each user's saved views and notices; and whether a customer organisation's
 * contacts see each other's requests.
 */
@Service
public class DeskManagement {

	private final DeskSettingsRepository settings;

	private final AgentProfiles profiles;

	private final SavedViews savedViews;

	private final RequestNotices notices;

	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	private final RequesterSettings requesterSettings;

	private final RequestAccessPolicy policy;

	private final Catalogue catalogue;

	private final People people;

	private final AuditTrail audit;

	private final Clock clock;

	DeskManagement(DeskSettingsRepository settings, AgentProfiles profiles, SavedViews savedViews,
			RequestNotices notices, RequesterSettings requesterSettings, RequestAccessPolicy policy,
			Catalogue catalogue, People people, AuditTrail audit, Clock clock,
			org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.profiles = profiles;
		this.savedViews = savedViews;
		this.notices = notices;
		this.requesterSettings = requesterSettings;
		this.policy = policy;
		this.catalogue = catalogue;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public DeskView desk() {
		this.policy.requireStaff(this.policy.caller());
		DeskSettings current = load();
		Catalogue.Snapshot chain = this.catalogue.snapshot();
		Map<String, AgentProfile> byUser = new HashMap<>();
		this.profiles.findAll().forEach((profile) -> byUser.put(profile.getUsername(), profile));
		List<DeskView.Profile> profiles = new ArrayList<>();
		for (StaffMember member : this.people.directory().members()) {
			if (!member.enabled()) {
				continue;
			}
			AgentProfile profile = byUser.get(member.username());
			UUID team = member.role() == Role.TEAM_MEMBER ? member.partyId()
					: (profile != null ? profile.getTeamId() : null);
			profiles.add(new DeskView.Profile(member.username(), member.displayName(), member.role().label(), team,
					team != null ? chain.partyName(team) : null, profile != null ? profile.skillServices() : Set.of(),
					profile != null ? profile.skillCategories() : Set.of(), profile == null || profile.isAutoAssign(),
					profile != null ? profile.getVersion() : -1));
		}
		return new DeskView(current.getVersion(), current.matrix(), current.categories(), current.closeAfterDays(),
				current.autoAssign(), profiles);
	}

	@Transactional
	public DeskView change(long version, PriorityMatrix matrix, List<String> categories, int closeAfterDays,
			boolean autoAssign) {
		Caller caller = this.policy.caller();
		this.policy.requireManageDesk(caller);
		DeskSettings current = load();
		this.audit.checkVersion("Desk settings", current, version);
		List<FieldViolation> violations = new ArrayList<>();
		Set<String> cleaned = new LinkedHashSet<>();
		for (int i = 0; i < categories.size(); i++) {
			String category = categories.get(i) == null ? "" : categories.get(i).strip();
			if (category.isEmpty()) {
				continue;
			}
			if (category.length() > 80 || category.contains("\n")) {
				violations
					.add(new FieldViolation("categories[" + i + "]", "size", "a category has at most 80 characters"));
			}
			cleaned.add(category);
		}
		if (closeAfterDays < 1 || closeAfterDays > 90) {
			violations.add(new FieldViolation("closeAfterDays", "range",
					"resolved requests close after 1 to 90 days without a word from the customer"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Map<String, String> before = current.auditSnapshot();
		current.change(matrix, List.copyOf(cleaned), closeAfterDays, autoAssign);
		this.settings.saveAndFlush(current);
		this.audit.updated("Desk settings", before, current);
		return desk();
	}

	/**
	 * Sets which queue a member of staff works, their skills and whether automatic
	 * assignment may give them work.
	 */
	@Transactional
	public DeskView changeProfile(String username, @Nullable UUID teamId, Set<UUID> services, Set<String> categories,
			boolean autoAssign) {
		Caller caller = this.policy.caller();
		this.policy.requireManageDesk(caller);
		StaffMember member = this.people.directory().member(username);
		if (member == null) {
			throw new NotFoundException("Staff member", username);
		}
		Catalogue.Snapshot chain = this.catalogue.snapshot();
		List<FieldViolation> violations = new ArrayList<>();
		if (teamId != null) {
			boolean team = chain.party(teamId).map((party) -> party.internal() && !party.customer()).orElse(false);
			if (!team) {
				violations.add(new FieldViolation("team", "internal-team", "choose one of our internal teams"));
			}
			else if (member.role() == Role.TEAM_MEMBER && !teamId.equals(member.partyId())) {
				violations.add(new FieldViolation("team", "own-team", member.displayName() + " is a member of "
						+ chain.partyName(member.partyId()) + " and works that team's queue"));
			}
		}
		for (UUID service : services) {
			if (chain.service(service).isEmpty()) {
				violations.add(new FieldViolation("services", "exists", "service " + service + " does not exist"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		AgentProfile profile = this.profiles.findByUsername(username).orElseGet(() -> new AgentProfile(username));
		Map<String, String> before = profile.isNew() ? Map.of() : profile.auditSnapshot();
		profile.change(teamId, services, categories, autoAssign);
		this.profiles.saveAndFlush(profile);
		this.audit.updated("Agent profile", before, profile);
		return desk();
	}

	// Saved views

	@Transactional(readOnly = true)
	public List<SavedViewView> savedViews() {
		return this.savedViews.findByOwnerOrderByName(this.policy.caller().username())
			.stream()
			.map(SavedView::toView)
			.toList();
	}

	@Transactional
	public SavedViewView saveView(String name, String query) {
		Caller caller = this.policy.caller();
		String cleaned = name == null ? "" : name.strip();
		if (cleaned.isEmpty() || cleaned.length() > 80) {
			throw new InvalidInputException("name", "size", "a view's name needs 1 to 80 characters");
		}
		String filter = query == null ? "" : query.strip();
		if (filter.length() > 1000) {
			throw new InvalidInputException("query", "size", "the filter is too long to save");
		}
		if (this.savedViews.existsByOwnerAndName(caller.username(), cleaned)) {
			throw new InvalidInputException("name", "unique", "you already have a view called '" + cleaned + "'");
		}
		SavedView view = new SavedView(caller.username(), cleaned, filter, now());
		this.savedViews.save(view);
		return view.toView();
	}

	@Transactional
	public void deleteView(UUID id) {
		Caller caller = this.policy.caller();
		SavedView view = this.savedViews.findById(id)
			.filter((candidate) -> candidate.getOwner().equals(caller.username()))
			.orElseThrow(() -> new NotFoundException("Saved view", id));
		this.savedViews.delete(view);
	}

	// Notices

	@Transactional(readOnly = true)
	public List<NoticeView> myNotices() {
		return this.notices
			.findTop50ByRecipientAndDismissedAtIsNullOrderByCreatedAtDesc(this.policy.caller().username())
			.stream()
			.map(RequestNotice::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public long myNoticeCount() {
		return this.notices.countByRecipientAndDismissedAtIsNull(this.policy.caller().username());
	}

	@Transactional
	public void dismissNotice(UUID id) {
		String me = this.policy.caller().username();
		RequestNotice notice = this.notices.findById(id)
			.filter((candidate) -> candidate.getRecipient().equals(me))
			.orElseThrow(() -> new NotFoundException("Notice", id));
		notice.dismiss(now());
	}

	/**
	 * A notice to leave: for whom, about which request, saying what.
	 */
	public record NoticeToLeave(String username, UUID requestId, String message) {

	}

	/**
	 * Leaves many notices at once, as the system (a sweep's batch), in one batched insert
	 * in the caller's transaction.
	 */
	@Transactional
	public void leaveNotices(List<NoticeToLeave> notices) {
		if (notices.isEmpty()) {
			return;
		}
		java.time.OffsetDateTime at = org.servicechain.shared.SqlTimes.utc(now());
		this.jdbc.batchUpdate(
				"insert into request_notice (id, recipient, request_id, message, created_at) values (?, ?, ?, ?, ?)",
				notices.stream()
					.map((notice) -> new Object[] { UUID.randomUUID(), notice.username(), notice.requestId(),
							(notice.message().length() > 300) ? notice.message().substring(0, 297) + "..."
									: notice.message(),
							at })
					.toList());
	}

	/**
	 * Leaves a notice about a request for a person, as the system (SLA warnings,
	 * breaches, escalation steps, upstream risks), in the caller's transaction.
	 */
	@Transactional
	public void leaveNotice(String username, UUID requestId, String message) {
		String text = (message.length() > 300) ? message.substring(0, 297) + "..." : message;
		this.notices.save(new RequestNotice(username, requestId, text, now()));
	}

	// Customer organisations

	/**
	 * Whether all portal users of a customer organisation see all its requests (off by
	 * default).
	 */
	@Transactional
	public void shareWithinOrganisation(UUID partyId, boolean share) {
		Caller caller = this.policy.caller();
		this.policy.requireManageDesk(caller);
		if (this.catalogue.snapshot().party(partyId).filter((party) -> party.customer()).isEmpty()) {
			throw new InvalidInputException("party", "customer", "only a customer's requests are shared");
		}
		RequesterSetting setting = this.requesterSettings.findById(partyId)
			.orElseGet(() -> new RequesterSetting(partyId));
		boolean before = setting.isShareWithinOrganisation();
		setting.share(share);
		this.requesterSettings.saveAndFlush(setting);
		this.audit.record("Requester setting", partyId, setting.getVersion(), "updated",
				List.of(new org.servicechain.shared.AuditEntryView.FieldChange("shareWithinOrganisation",
						String.valueOf(before), String.valueOf(share))));
	}

	/**
	 * @return every customer organisation, with whether its contacts see each other's
	 * requests.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationSharing> organisations() {
		this.policy.requireStaff(this.policy.caller());
		Map<UUID, Boolean> shared = new HashMap<>();
		this.requesterSettings.findAll()
			.forEach((setting) -> shared.put(setting.getId(), setting.isShareWithinOrganisation()));
		return this.catalogue.snapshot()
			.customers()
			.stream()
			.filter((party) -> party.customerType() != org.servicechain.chain.CustomerType.PERSON)
			.map((party) -> new OrganisationSharing(party.id(), party.name(), party.internal(),
					shared.getOrDefault(party.id(), false)))
			.toList();
	}

	/**
	 * A customer organisation and whether its contacts see each other's requests.
	 */
	public record OrganisationSharing(UUID partyId, String name, boolean internal, boolean shareWithinOrganisation) {

	}

	@Transactional(readOnly = true)
	public boolean sharesWithinOrganisation(UUID partyId) {
		return this.requesterSettings.findById(partyId).map(RequesterSetting::isShareWithinOrganisation).orElse(false);
	}

	private DeskSettings load() {
		return this.settings.findById(DeskSettings.ID).orElseThrow();
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
