/**
 * The complaints REST API under {@code /api/v1/complaints}.
 */
@NullMarked
package org.servicechain.complaints.api;

import org.jspecify.annotations.NullMarked;
