package org.servicechain.notify;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferences extends JpaRepository<NotificationPreference, NotificationPreference.Key> {

	List<NotificationPreference> findByUsername(String username);

}
