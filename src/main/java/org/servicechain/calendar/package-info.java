/**
 * Business calendars: working hours per weekday, holidays and special working days in one
 * time zone, and the business-hours arithmetic every promise in Servicechain is measured
 * with (AGREE-5): due instants, working time between two instants, pauses.
 * <p>
 * Pure Java: nothing here depends on Spring apart from this module declaration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business calendars", allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.servicechain.calendar;
