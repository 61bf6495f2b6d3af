/**
 * The scorecards REST API under {@code /api/v1/scorecards}.
 */
@NullMarked
package org.servicechain.reviews.api;

import org.jspecify.annotations.NullMarked;
