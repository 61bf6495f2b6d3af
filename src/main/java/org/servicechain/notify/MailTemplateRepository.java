package org.servicechain.notify;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailTemplateRepository extends JpaRepository<MailTemplate, MailTemplate.Key> {

}
