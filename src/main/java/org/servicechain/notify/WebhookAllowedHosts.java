package org.servicechain.notify;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookAllowedHosts extends JpaRepository<WebhookAllowedHost, String> {

}
