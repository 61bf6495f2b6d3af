/**
 * Scorecard pages for staff and the partner portal.
 */
@NullMarked
package org.servicechain.reviews.web;

import org.jspecify.annotations.NullMarked;
