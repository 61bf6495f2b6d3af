package org.servicechain.complaints;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as it is entered (CMP-1): who complains (a customer party of the chain,
 * internal or external), about what (a request, a service, a party of the chain), how
 * serious, and what they want.
 *
 * @param complainant the customer party complaining
 * @param requestId the request complained about, if any
 * @param serviceId the service, if not given by the request
 * @param responsiblePartyId the party of the chain it concerns, if known yet
 * @param goodsDeliveredOn when goods complained of were delivered (for the 30-day
 * short-term right to reject)
 * @param communicationNeeds how the complainant needs to be communicated with (large
 * print, phone only, an interpreter)
 */
public record NewComplaint(@NotNull UUID complainant, @Nullable UUID requestId, @Nullable UUID serviceId,
		@Nullable UUID responsiblePartyId, @NotBlank @Size(max = 80) String category, @NotNull Severity severity,
		@NotNull CustomerWants wants, @Nullable Remedy wantedRemedy, @Nullable LocalDate goodsDeliveredOn,
		@NotBlank @Size(max = 200) String summary, @NotBlank @Size(max = 8000) String description,
		@Nullable @Size(max = 200) String contactName, @Nullable @Email @Size(max = 200) String contactEmail,
		@Nullable @Size(max = 60) String contactPhone, @Nullable @Size(max = 500) String communicationNeeds,
		@Nullable @Size(max = 100) String owner) {

}
