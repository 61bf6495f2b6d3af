package org.servicechain.improvement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A checklist a manager designs once and audits are scheduled from (FB-7): what it audits
 * (a team, a partner or a channel), how (service audit or mystery shop), and its weighted
 * items in order. Every edit raises the revision; an audit copies the items when it is
 * scheduled, so editing a template never changes an audit already run or planned.
 */
@Entity
@Table(name = "improvement_template")
class ChecklistTemplate extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_kind", nullable = false, length = 20)
	private AuditSubjectKind subjectKind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private AuditKind kind;

	@Column(length = 2000)
	private @Nullable String description;

	@Column(nullable = false)
	private int revision;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "improvement_template_item", joinColumns = @JoinColumn(name = "template_id"))
	@OrderColumn(name = "position")
	private List<TemplateItem> items = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ChecklistTemplate() {
	}

	ChecklistTemplate(TemplateDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		this.revision = 0;
		apply(details, now);
	}

	/**
	 * @param details validated
	 */
	void apply(TemplateDetails details, Instant now) {
		this.name = details.name().strip();
		this.subjectKind = details.subjectKind();
		this.kind = details.kind();
		this.description = blankToNull(details.description());
		this.items.clear();
		for (ChecklistItem item : details.items()) {
			this.items.add(new TemplateItem(item.question().strip(), blankToNull(item.guidance()), item.weight()));
		}
		this.revision++;
		this.updatedAt = now;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	String getName() {
		return this.name;
	}

	AuditSubjectKind getSubjectKind() {
		return this.subjectKind;
	}

	AuditKind getKind() {
		return this.kind;
	}

	@Nullable String getDescription() {
		return this.description;
	}

	int getRevision() {
		return this.revision;
	}

	List<TemplateItem> getItems() {
		return this.items;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	TemplateView toView(long audits) {
		return new TemplateView(this.id, this.version, this.name, this.subjectKind, this.kind, this.description,
				this.revision,
				this.items.stream()
					.map((item) -> new ChecklistItem(item.getQuestion(), item.getGuidance(), item.getWeight()))
					.toList(),
				this.items.stream().mapToInt(TemplateItem::getWeight).sum(), audits, this.updatedAt);
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("name", this.name);
		snapshot.put("subjectKind", this.subjectKind.name());
		snapshot.put("kind", this.kind.name());
		snapshot.put("description", this.description);
		snapshot.put("revision", String.valueOf(this.revision));
		for (int i = 0; i < this.items.size(); i++) {
			TemplateItem item = this.items.get(i);
			snapshot.put("item " + (i + 1), item.getQuestion() + " (weight " + item.getWeight() + ")");
		}
		return snapshot;
	}

}
