package org.servicechain.requests;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A task handed from a request to a party upstream (REQ-2).
 *
 * @param party the internal team or supplier that is to do the work
 * @param link the link of the request's chain the work goes along; when left out, the
 * party's link upstream of the request's service is found, and a party that has none
 * needs {@code offChainReason}
 * @param needed what is needed, in Markdown
 * @param sharePersonalData whether the party may see the end customer's name and contact
 * details; recorded with {@code shareReason}
 * @param offChainReason why the work goes to a party that is not upstream of the service
 */
public record NewTask(@NotNull UUID party, @Nullable UUID link, @NotBlank @Size(max = 200) String summary,
		@NotBlank @Size(max = 4000) String needed, boolean sharePersonalData,
		@Nullable @Size(max = 500) String shareReason, @Nullable @Size(max = 500) String offChainReason) {

}
