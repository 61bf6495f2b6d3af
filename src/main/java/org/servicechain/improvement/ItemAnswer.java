package org.servicechain.improvement;

import org.jspecify.annotations.Nullable;

/**
 * The result an auditor records for one checklist item (FB-7), by its position (from 1).
 */
public record ItemAnswer(int position, @Nullable ItemResult result, @Nullable String note) {

}
