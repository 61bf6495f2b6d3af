/**
 * The audit pages: templates, the audits list with overdue ones flagged, the schedule
 * form, the page an auditor conducts an audit on, and a subject's audit history.
 */
@NullMarked
package org.servicechain.improvement.web;

import org.jspecify.annotations.NullMarked;
