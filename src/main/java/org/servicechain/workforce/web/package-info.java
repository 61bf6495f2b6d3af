/**
 * The workforce pages: the team calendar with one's own absences and managers' decisions,
 * moving an absent person's work, working patterns, the demand forecast.
 */
@NullMarked
package org.servicechain.workforce.web;

import org.jspecify.annotations.NullMarked;
