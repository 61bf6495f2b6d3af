package org.servicechain.identity;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The browser sessions of a user, which Spring Session keeps in the shared database,
 * indexed by login name.
 */
@Component
class UserSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
		this.repository = repository;
	}

	/**
	 * Ends every session of the user except, when given, the caller's own.
	 * @return how many sessions ended
	 */
	int endAll(String username, @Nullable String except) {
		FindByIndexNameSessionRepository<? extends Session> sessions = this.repository.getIfAvailable();
		if (sessions == null) {
			return 0;
		}
		Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(except)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
