package org.servicechain.improvement;

import org.jspecify.annotations.Nullable;

/**
 * A finding as an auditor or manager records it (FB-7): on an item partly or not met, or
 * free-standing (no item).
 */
public record FindingDetails(@Nullable Integer itemPosition, @Nullable FindingSeverity severity,
		@Nullable String text) {

}
