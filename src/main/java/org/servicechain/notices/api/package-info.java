/**
 * The REST API of service notices under {@code /api/v1/service-notices}.
 */
@NullMarked
package org.servicechain.notices.api;

import org.jspecify.annotations.NullMarked;
