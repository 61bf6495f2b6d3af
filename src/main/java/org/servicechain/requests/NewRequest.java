package org.servicechain.requests;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.Priority;

/**
 * A request as it is raised (REQ-1).
 *
 * @param service the service asked about; must be one delivered to the requester on the
 * chain
 * @param requester the customer party (an internal team or an external person or
 * organisation)
 * @param priority a priority other than the matrix gives; staff only, with a reason
 * @param priorityReason why the matrix's priority was overridden
 */
public record NewRequest(@NotNull UUID service, @NotNull UUID requester, @NotBlank @Size(max = 200) String summary,
		@NotBlank @Size(max = 20000) String description, @NotNull Level impact, @NotNull Level urgency,
		@Nullable @Size(max = 80) String category, @Nullable Priority priority,
		@Nullable @Size(max = 500) String priorityReason) {

}
