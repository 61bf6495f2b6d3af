package org.servicechain.requests;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.StaffMember;
import org.servicechain.identity.SystemActor;

/**
 * The staff who can hold work, and how people are shown: by display name, never by login
 * name to anyone outside (REC-4).
 */
@Component
class People {

	private final IdentityManagement identity;

	People(IdentityManagement identity) {
		this.identity = identity;
	}

	/**
	 * @return the staff directory by login name, read once per command or page.
	 */
	Directory directory() {
		return new Directory(SystemActor.call(this.identity::staffDirectory)
			.stream()
			.collect(Collectors.toMap(StaffMember::username, Function.identity())), this.identity);
	}

	static final class Directory {

		private final Map<String, StaffMember> staff;

		private final IdentityManagement identity;

		Directory(Map<String, StaffMember> staff, IdentityManagement identity) {
			this.staff = staff;
			this.identity = identity;
		}

		@Nullable StaffMember member(@Nullable String username) {
			return username != null ? this.staff.get(username) : null;
		}

		List<StaffMember> members() {
			return this.staff.values()
				.stream()
				.sorted(java.util.Comparator.comparing(StaffMember::displayName))
				.toList();
		}

		/**
		 * @return the display name of a user, staff or not; "system" for work nobody
		 * started.
		 */
		@Nullable String name(@Nullable String username) {
			if (username == null) {
				return null;
			}
			StaffMember member = this.staff.get(username);
			if (member != null) {
				return member.displayName();
			}
			if ("system".equals(username)) {
				return "Servicechain";
			}
			return SystemActor.call(() -> this.identity.displayNameOf(username)).orElse("(former user)");
		}

	}

}
