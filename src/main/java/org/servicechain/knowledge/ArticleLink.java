package org.servicechain.knowledge;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An article linked to a request it helped with: who linked it and when. Once per
 * request; the article counts its links to show the most useful first.
 */
@Entity
@Table(name = "knowledge_link")
class ArticleLink {

	@EmbeddedId
	private Key key;

	@Column(name = "request_ref", nullable = false, length = 40)
	private String requestReference;

	@Column(name = "linked_by", nullable = false, length = 100)
	private String linkedBy;

	@Column(name = "linked_by_name", nullable = false, length = 200)
	private String linkedByName;

	@Column(name = "linked_at", nullable = false)
	private Instant linkedAt;

	protected ArticleLink() {
	}

	ArticleLink(UUID articleId, UUID requestId, String requestReference, String linkedBy, String linkedByName,
			Instant linkedAt) {
		this.key = new Key(articleId, requestId);
		this.requestReference = requestReference;
		this.linkedBy = linkedBy;
		this.linkedByName = linkedByName;
		this.linkedAt = linkedAt;
	}

	ArticleLinkView view(String articleTitle) {
		return new ArticleLinkView(this.key.articleId, articleTitle, this.key.requestId, this.requestReference,
				this.linkedByName, this.linkedAt);
	}

	UUID articleId() {
		return this.key.articleId;
	}

	/**
	 * An article's id and a request's.
	 */
	@Embeddable
	record Key(@Column(name = "article_id") UUID articleId,
			@Column(name = "request_id") UUID requestId) implements Serializable {

	}

}
