/**
 * The complaints pages: the staff register, entry form, complaint page, policy and
 * reports, and the customer's and partner's portal pages.
 */
@NullMarked
package org.servicechain.complaints.web;

import org.jspecify.annotations.NullMarked;
