/**
 * Shared kernel: audit primitives, problem+json errors, paging, idempotent creates and
 * the clock. Kept deliberately tiny; every module may use it.
 */
@NullMarked
package org.servicechain.shared;

import org.jspecify.annotations.NullMarked;
