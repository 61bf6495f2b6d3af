/**
 * Pages for service notices: staff list, detail and declare form; the portal's view.
 */
@NullMarked
package org.servicechain.notices.web;

import org.jspecify.annotations.NullMarked;
