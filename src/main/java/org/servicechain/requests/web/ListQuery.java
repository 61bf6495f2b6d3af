package org.servicechain.requests.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import org.servicechain.agreements.Priority;
import org.servicechain.requests.RequestFilter;
import org.servicechain.requests.RequestStatus;

/**
 * The request list's filters as the page's query string carries them, so a filtered list
 * can be bookmarked, shared and saved as a view.
 *
 * @param scope {@code active} (the default: what is still being worked) or {@code all}
 */
public record ListQuery(@Nullable String scope, @Nullable List<RequestStatus> status, @Nullable Priority priority,
		@Nullable UUID service, @Nullable UUID requester, @Nullable UUID team, @Nullable Boolean internal,
		@Nullable String waitingOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime dueBefore,
		@Nullable String assignee, @Nullable String q, @Nullable Boolean escalated, @Nullable String sort,
		@Nullable Integer page, @Nullable Integer size) {

	/** Times people type are read in the zone the pages show times in: the server's. */
	static final ZoneId DISPLAY_ZONE = ZoneId.systemDefault();

	public boolean all() {
		return "all".equals(this.scope);
	}

	RequestFilter filter() {
		boolean anyStatus = this.status != null && !this.status.isEmpty();
		return new RequestFilter(this.status, (!all() && !anyStatus) ? Boolean.TRUE : null, this.priority, this.service,
				this.requester, this.team, this.internal, blankToNull(this.waitingOn),
				this.dueBefore != null ? this.dueBefore.atZone(DISPLAY_ZONE).toInstant() : null,
				blankToNull(this.assignee), blankToNull(this.q), this.escalated, blankToNull(this.sort));
	}

	int pageNumber() {
		return this.page != null ? this.page : 0;
	}

	int pageSize() {
		return this.size != null ? this.size : 25;
	}

	/**
	 * @return the sort to apply when a column heading is clicked: ascending first, then
	 * descending.
	 */
	public String toggle(String key) {
		if (!key.equals(this.sort)) {
			return key;
		}
		return key.startsWith("-") ? key.substring(1) : "-" + key;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
