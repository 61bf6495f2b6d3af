/**
 * The agreement pages for staff and the partner portal (INT-2; AGREE-1 … AGREE-3,
 * AGREE-6).
 */
@NullMarked
package org.servicechain.agreements.web;

import org.jspecify.annotations.NullMarked;
