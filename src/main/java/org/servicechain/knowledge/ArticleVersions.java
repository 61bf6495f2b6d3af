package org.servicechain.knowledge;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleVersions extends JpaRepository<ArticleVersion, ArticleVersion.Key> {

	List<ArticleVersion> findByKeyArticleIdOrderByKeyNumberDesc(UUID articleId);

}
