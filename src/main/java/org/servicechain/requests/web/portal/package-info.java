/**
 * The requests module's pages for the people outside the front line (INT-2; REQ-1,
 * REQ-2): the customer portal, where customers raise and follow their requests, and the
 * partner portal, where partner users work the tasks handed to their party. Internal team
 * members work their team's tasks on the same task page, in the staff UI under
 * {@code /tasks}. Every page asks the module's facades, so what a caller may see is
 * decided by the module's access policy: a record that is not theirs answers exactly like
 * one that does not exist.
 */
@NullMarked
package org.servicechain.requests.web.portal;

import org.jspecify.annotations.NullMarked;
