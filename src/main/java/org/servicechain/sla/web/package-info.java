/**
 * The SLA panels of the request and agreement pages (htmx partials).
 */
@NullMarked
package org.servicechain.sla.web;

import org.jspecify.annotations.NullMarked;
