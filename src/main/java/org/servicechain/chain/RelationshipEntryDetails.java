package org.servicechain.chain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new relationship log entry.
 */
public record RelationshipEntryDetails(@NotNull LocalDate occurredOn, @NotNull RelationshipKind kind,
		@NotBlank @Size(max = 2000) String summary) {

}
