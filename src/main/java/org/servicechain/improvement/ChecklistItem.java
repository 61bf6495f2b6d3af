package org.servicechain.improvement;

import org.jspecify.annotations.Nullable;

/**
 * One item of a checklist (FB-7): what the auditor checks, how to judge it, and its
 * weight in the score (a positive whole number).
 */
public record ChecklistItem(@Nullable String question, @Nullable String guidance, @Nullable Integer weight) {

}
