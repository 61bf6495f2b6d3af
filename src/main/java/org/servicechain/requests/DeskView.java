package org.servicechain.requests;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How the desk works, as the settings page shows it.
 */
public record DeskView(long version, PriorityMatrix matrix, List<String> categories, int closeAfterDays,
		boolean autoAssign, List<Profile> profiles) {

	public String categoriesText() {
		return String.join("\n", this.categories);
	}

	/**
	 * One member of staff's queue and skills.
	 */
	public record Profile(String username, String displayName, String role, @Nullable UUID teamId,
			@Nullable String teamName, Set<UUID> services, Set<String> categories, boolean autoAssign, long version) {

	}

}
