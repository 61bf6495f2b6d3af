package org.servicechain.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of every change (REQ-7): who, when, which record, old → new per field.
 * Entries are written in the caller's transaction, so a change and its audit commit or
 * roll back together. Entries name users and record ids, not personal data of customers,
 * so they survive erasure without exposing it.
 */
@Component
public class AuditTrail {

	private static final Pattern UUID_PATTERN = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ObjectProvider<RecordNames> names;

	AuditTrail(JdbcClient jdbc, Clock clock, ObjectProvider<RecordNames> names) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.names = names;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void created(String entityType, Auditable created) {
		created(entityType, created, created.auditSnapshot());
	}

	/**
	 * Records a creation with a snapshot the caller has made readable (e.g. names beside
	 * ids).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void created(String entityType, Auditable created, Map<String, String> snapshot) {
		record(entityType, created.getId(), created.getVersion(), "created", diff(Map.of(), named(snapshot)));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void updated(String entityType, Map<String, String> before, Auditable after) {
		updated(entityType, before, after, after.auditSnapshot());
	}

	/**
	 * Records an update from two snapshots the caller made.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void updated(String entityType, Map<String, String> before, Auditable after, Map<String, String> snapshot) {
		List<AuditEntryView.FieldChange> changes = diff(named(before), named(snapshot));
		if (!changes.isEmpty()) {
			record(entityType, after.getId(), after.getVersion(), "updated", changes);
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void deleted(String entityType, Auditable deleted) {
		deleted(entityType, deleted, deleted.auditSnapshot());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void deleted(String entityType, Auditable deleted, Map<String, String> snapshot) {
		record(entityType, deleted.getId(), deleted.getVersion(), "deleted", diff(named(snapshot), Map.of()));
	}

	/**
	 * Records a domain operation (e.g. {@code token-revoked}) with explicit changes.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entityType, UUID entityId, long entityVersion, String operation,
			List<AuditEntryView.FieldChange> changes) {
		UUID entryId = UUID.randomUUID();
		this.jdbc
			.sql("insert into audit_entry (id, occurred_at, actor, entity_type, entity_id, entity_version, operation)"
					+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(entryId, SqlTimes.utc(Instant.now(this.clock)), currentActor(), entityType, entityId, entityVersion,
					operation)
			.update();
		int position = 0;
		for (AuditEntryView.FieldChange change : changes) {
			this.jdbc.sql(
					"insert into audit_field_change (entry_id, position, field, old_value, new_value) values (?, ?, ?, ?, ?)")
				.params(entryId, position++, change.field(), truncate(change.oldValue()), truncate(change.newValue()))
				.update();
		}
	}

	/**
	 * @return the trail of one record, newest first; never {@literal null}.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> history(UUID entityId) {
		return load("where e.entity_id = ?", entityId, -1);
	}

	/**
	 * @return the changes made to a record after the given version, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> changesSince(UUID entityId, long version) {
		List<AuditEntryView> entries = new ArrayList<>(load("where e.entity_id = ?", entityId, version));
		java.util.Collections.reverse(entries);
		return entries;
	}

	/**
	 * Refuses to save a stale copy: when the caller's version is not the stored one,
	 * throws a {@link StaleVersionException} listing what changed since the caller's
	 * copy.
	 */
	public void checkVersion(String entityType, Auditable current, long expectedVersion) {
		StaleVersionTranslation.checked(entityType, current.getId(), expectedVersion);
		if (current.getVersion() != expectedVersion) {
			throw new StaleVersionException(entityType, expectedVersion, current.getVersion(),
					changesSince(current.getId(), expectedVersion));
		}
	}

	private List<AuditEntryView> load(String where, UUID entityId, long afterVersion) {
		String sql = "select e.id, e.occurred_at, e.actor, e.entity_type, e.entity_id, e.entity_version, e.operation,"
				+ " c.field, c.old_value, c.new_value from audit_entry e"
				+ " left join audit_field_change c on c.entry_id = e.id " + where
				+ (afterVersion >= 0 ? " and e.entity_version > " + afterVersion : "")
				+ " order by e.occurred_at desc, e.entity_version desc, e.id, c.position";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param(entityId);
		Map<UUID, AuditEntryView> entries = new LinkedHashMap<>();
		Map<UUID, List<AuditEntryView.FieldChange>> changes = new LinkedHashMap<>();
		statement.query((rs, row) -> {
			UUID id = rs.getObject("id", UUID.class);
			entries.computeIfAbsent(id, (key) -> {
				List<AuditEntryView.FieldChange> list = new ArrayList<>();
				changes.put(key, list);
				try {
					return new AuditEntryView(key,
							rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
							rs.getString("actor"), rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
							rs.getLong("entity_version"), rs.getString("operation"), list);
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			String field = rs.getString("field");
			if (field != null) {
				changes.get(id)
					.add(new AuditEntryView.FieldChange(field, rs.getString("old_value"), rs.getString("new_value")));
			}
			return id;
		}).list();
		return List.copyOf(entries.values());
	}

	/**
	 * The snapshot with the names of the records it refers to instead of their bare ids,
	 * so the history reads as people think ("Courier → Warehouse"). Ids nobody can name
	 * stay as they are.
	 */
	private Map<String, String> named(Map<String, String> snapshot) {
		Map<String, String> named = new LinkedHashMap<>(snapshot);
		named.replaceAll((field, value) -> (value == null) ? null : UUID_PATTERN.matcher(value)
			.replaceAll((match) -> Matcher.quoteReplacement(nameOf(UUID.fromString(match.group())))));
		return named;
	}

	private String nameOf(UUID id) {
		return this.names.orderedStream()
			.map((names) -> names.nameOf(id))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElse(id.toString());
	}

	static List<AuditEntryView.FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		Set<String> fields = new LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		List<AuditEntryView.FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			String oldValue = before.get(field);
			String newValue = after.get(field);
			if (!Objects.equals(oldValue, newValue)) {
				changes.add(new AuditEntryView.FieldChange(field, oldValue, newValue));
			}
		}
		return changes;
	}

	private static @Nullable String truncate(@Nullable String value) {
		return (value != null && value.length() > 2000) ? value.substring(0, 1997) + "..." : value;
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : "system";
	}

}
