/**
 * The portfolio REST API under {@code /api/v1/portfolios}.
 */
@NullMarked
package org.servicechain.portfolio.api;

import org.jspecify.annotations.NullMarked;
