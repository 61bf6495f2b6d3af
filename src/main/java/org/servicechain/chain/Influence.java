package org.servicechain.chain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An informal line of influence: this contact's word carries weight with another contact,
 * outside the formal reporting line (CHAIN-4; NOS K9).
 *
 * @param contactId the contact who is influenced
 * @param note how, e.g. "former colleague; trusted adviser on logistics"
 */
@Embeddable
public record Influence(@Column(name = "influences_contact_id", nullable = false) @NotNull UUID contactId,
		@Column(name = "note", length = 300) @Nullable @Size(max = 300) String note) {

}
