/**
 * The portfolio pages: {@code /portfolio} (my portfolio, or an assessor's list),
 * {@code /portfolio/{user}} for managers and the assigned assessor, and the public
 * witness page behind a single-use link.
 */
@NullMarked
package org.servicechain.portfolio.web;

import org.jspecify.annotations.NullMarked;
