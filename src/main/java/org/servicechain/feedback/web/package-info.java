/**
 * The feedback pages: the public survey page behind a single-use link, the customer's and
 * partner's portal page, and the staff pages (capture, surveys, answers, analysis, themes
 * and alerts).
 */
@NullMarked
package org.servicechain.feedback.web;

import org.jspecify.annotations.NullMarked;
