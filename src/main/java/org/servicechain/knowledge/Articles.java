package org.servicechain.knowledge;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Articles extends JpaRepository<Article, UUID>, JpaSpecificationExecutor<Article> {

}
