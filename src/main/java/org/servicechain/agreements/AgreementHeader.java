package org.servicechain.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Who an agreement is between, for which services, in which business calendar, and when
 * it is valid and reviewed (AGREE-1, AGREE-2, AGREE-6).
 *
 * @param signedDocument where the signed copy of a formal agreement is kept (a document
 * system link or reference)
 * @param owner the username of the person who looks after the agreement and is reminded
 * of its reviews; empty means whoever drafts it
 */
public record AgreementHeader(@NotBlank @Size(max = 160) String title, @NotNull AgreementKind kind,
		@NotNull Formality formality, @NotNull UUID providerId, @NotNull UUID consumerId,
		@NotEmpty @Size(max = 20) List<@NotNull UUID> serviceIds, @NotNull UUID calendarId,
		@Nullable LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable LocalDate reviewOn,
		@Nullable @Size(max = 500) String signedDocument, @Nullable @Size(max = 60) String owner) {

	public AgreementHeader {
		serviceIds = serviceIds == null ? List.of() : serviceIds.stream().distinct().toList();
		signedDocument = (signedDocument == null || signedDocument.isBlank()) ? null : signedDocument.strip();
		owner = (owner == null || owner.isBlank()) ? null : owner.strip();
	}

}
