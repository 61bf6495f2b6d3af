package org.servicechain.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;

import org.servicechain.search.TextMatch;
import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A knowledge article as it stands now (REC-3): its current title, Markdown body, kind,
 * audience, owner, review date and service. Each save is also kept as an
 * {@link ArticleVersion}; the number of the current one is {@link #getCurrentNumber()}.
 * Indexed for the header search and for the suggestions beside a request (title and body,
 * with the audience to filter on).
 */
@Entity
@Table(name = "knowledge_article")
@Indexed(index = "knowledge_article")
class Article extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, length = 200)
	@FullTextField(analyzer = TextMatch.ANALYZER, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String title;

	@Column(nullable = false, length = 20000)
	@FullTextField(analyzer = TextMatch.ANALYZER, highlightable = Highlightable.ANY)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	@GenericField
	private ArticleKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	@GenericField
	private ArticleAudience audience;

	@Column(nullable = false, length = 100)
	private String owner;

	@Column(name = "owner_name", nullable = false, length = 200)
	private String ownerName;

	@Column(name = "review_on", nullable = false)
	private LocalDate reviewOn;

	@Column(name = "service_id")
	private @Nullable UUID serviceId;

	@Column(name = "service_name", length = 300)
	private @Nullable String serviceName;

	@Column(name = "current_number", nullable = false)
	private int currentNumber;

	// A link from a request says the article helped; it must not make a writer's copy
	// stale.
	@Column(name = "link_count", nullable = false)
	@OptimisticLock(excluded = true)
	private int linkCount;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Article() {
	}

	Article(Fields fields, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		this.currentNumber = 0;
		apply(fields, now);
	}

	/**
	 * The checked fields of a version.
	 */
	record Fields(String title, String body, ArticleKind kind, ArticleAudience audience, String owner, String ownerName,
			LocalDate reviewOn, @Nullable UUID serviceId, @Nullable String serviceName) {

	}

	/**
	 * Makes the fields the current version.
	 * @return the new version's number
	 */
	int apply(Fields fields, Instant now) {
		this.title = fields.title();
		this.body = fields.body();
		this.kind = fields.kind();
		this.audience = fields.audience();
		this.owner = fields.owner();
		this.ownerName = fields.ownerName();
		this.reviewOn = fields.reviewOn();
		this.serviceId = fields.serviceId();
		this.serviceName = fields.serviceName();
		this.updatedAt = now;
		return ++this.currentNumber;
	}

	Fields fields() {
		return new Fields(this.title, this.body, this.kind, this.audience, this.owner, this.ownerName, this.reviewOn,
				this.serviceId, this.serviceName);
	}

	void linked() {
		this.linkCount++;
	}

	boolean reviewOverdue(LocalDate today) {
		return this.reviewOn.isBefore(today);
	}

	boolean published() {
		return this.audience == ArticleAudience.PUBLISHED;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	String getTitle() {
		return this.title;
	}

	String getBody() {
		return this.body;
	}

	ArticleKind getKind() {
		return this.kind;
	}

	ArticleAudience getAudience() {
		return this.audience;
	}

	String getOwner() {
		return this.owner;
	}

	String getOwnerName() {
		return this.ownerName;
	}

	LocalDate getReviewOn() {
		return this.reviewOn;
	}

	@Nullable UUID getServiceId() {
		return this.serviceId;
	}

	@Nullable String getServiceName() {
		return this.serviceName;
	}

	int getCurrentNumber() {
		return this.currentNumber;
	}

	int getLinkCount() {
		return this.linkCount;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("title", this.title);
		snapshot.put("kind", this.kind.name());
		snapshot.put("audience", this.audience.name());
		snapshot.put("owner", this.ownerName);
		snapshot.put("reviewOn", this.reviewOn.toString());
		snapshot.put("service", this.serviceName);
		snapshot.put("versionNumber", String.valueOf(this.currentNumber));
		snapshot.put("bodyLength", String.valueOf(this.body.length()));
		return snapshot;
	}

}
