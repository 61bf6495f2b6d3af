package org.servicechain.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionRules extends JpaRepository<RetentionRule, String> {

}
