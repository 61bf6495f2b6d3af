/**
 * The REST API of audits under {@code /api/v1/audit-templates} and
 * {@code /api/v1/audits}.
 */
@NullMarked
package org.servicechain.improvement.api;

import org.jspecify.annotations.NullMarked;
