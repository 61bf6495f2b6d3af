package org.servicechain.complaints;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the register is filtered by; every field may be empty.
 *
 * @param q words of the summary, or a reference such as CMP-104
 * @param open {@literal true} for complaints not yet resolved, {@literal false} for
 * resolved and closed ones
 * @param internal internal or external complainants
 * @param referred only complaints referred or escalated
 */
public record ComplaintFilter(@Nullable String q, @Nullable ComplaintStatus status, @Nullable Boolean open,
		@Nullable Severity severity, @Nullable String category, @Nullable UUID complainant, @Nullable UUID service,
		@Nullable UUID responsible, @Nullable Boolean internal, @Nullable Boolean referred) {

	public static ComplaintFilter none() {
		return new ComplaintFilter(null, null, null, null, null, null, null, null, null, null);
	}

}
