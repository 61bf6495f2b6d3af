package org.servicechain.feedback;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.servicechain.chain.ChainManagement;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.SystemActor;

/**
 * Names of parties, services and people for views, read once per view as the system:
 * feedback shows the names of the parties and services it is about, and people by their
 * display name, never their login name.
 */
@Component
class FeedbackNames {

	private final ChainManagement chain;

	private final IdentityManagement identity;

	FeedbackNames(ChainManagement chain, IdentityManagement identity) {
		this.chain = chain;
		this.identity = identity;
	}

	Names load() {
		Map<UUID, String> names = new HashMap<>();
		Map<String, String> people = new HashMap<>();
		SystemActor.run(() -> {
			this.chain.allParties().forEach((party) -> names.put(party.id(), party.name()));
			this.chain.services().forEach((service) -> names.put(service.id(), service.name()));
			this.identity.users().forEach((user) -> people.put(user.username(), user.displayName()));
		});
		return new Names(names, people);
	}

	record Names(Map<UUID, String> names, Map<String, String> people) {

		String of(@Nullable UUID id) {
			return (id == null) ? "—" : this.names.getOrDefault(id, "(removed)");
		}

		@Nullable String orNull(@Nullable UUID id) {
			return (id == null) ? null : this.names.getOrDefault(id, "(removed)");
		}

		String person(String username) {
			return "system".equals(username) ? "System" : this.people.getOrDefault(username, "A former user");
		}

	}

}
