package org.servicechain.knowledge;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.Markdown;

/**
 * One saved version of an article, never changed afterwards (REC-3: "with versions").
 */
@Entity
@Table(name = "knowledge_article_version")
class ArticleVersion {

	@EmbeddedId
	private Key key;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 20000)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ArticleKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ArticleAudience audience;

	@Column(name = "owner_name", nullable = false, length = 200)
	private String ownerName;

	@Column(name = "review_on", nullable = false)
	private LocalDate reviewOn;

	@Column(name = "service_name", length = 300)
	private @Nullable String serviceName;

	@Column(name = "edited_by", nullable = false, length = 100)
	private String editedBy;

	@Column(name = "edited_by_name", nullable = false, length = 200)
	private String editedByName;

	@Column(name = "edited_at", nullable = false)
	private Instant editedAt;

	protected ArticleVersion() {
	}

	ArticleVersion(Article article, String editedBy, String editedByName, Instant editedAt) {
		this.key = new Key(article.getId(), article.getCurrentNumber());
		Article.Fields fields = article.fields();
		this.title = fields.title();
		this.body = fields.body();
		this.kind = fields.kind();
		this.audience = fields.audience();
		this.ownerName = fields.ownerName();
		this.reviewOn = fields.reviewOn();
		this.serviceName = fields.serviceName();
		this.editedBy = editedBy;
		this.editedByName = editedByName;
		this.editedAt = editedAt;
	}

	ArticleView.VersionSummary summary() {
		return new ArticleView.VersionSummary(this.key.number, this.title, this.editedByName, this.editedAt);
	}

	ArticleVersionView view(boolean current) {
		return new ArticleVersionView(this.key.articleId, this.key.number, current, this.title, this.body,
				Markdown.toHtml(this.body), this.kind, this.audience, this.ownerName, this.reviewOn, this.serviceName,
				this.editedByName, this.editedAt);
	}

	ArticleAudience getAudience() {
		return this.audience;
	}

	/**
	 * An article's id and a version's number.
	 */
	@Embeddable
	record Key(@Column(name = "article_id") UUID articleId,
			@Column(name = "number") int number) implements Serializable {

	}

}
