/**
 * The workforce REST API under {@code /api/v1/absences} and {@code /api/v1/workforce}.
 */
@NullMarked
package org.servicechain.workforce.api;

import org.jspecify.annotations.NullMarked;
