package org.servicechain.knowledge;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleLinks extends JpaRepository<ArticleLink, ArticleLink.Key> {

	List<ArticleLink> findByKeyArticleIdOrderByLinkedAtDesc(UUID articleId);

	List<ArticleLink> findByKeyRequestId(UUID requestId);

}
