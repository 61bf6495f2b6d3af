package org.servicechain.businesscalendars;

/**
 * The outcome of importing holidays from an iCalendar file into a calendar.
 *
 * @param calendar the calendar after the import
 * @param found the holidays in the file (one per date)
 * @param added dates that were not holidays before
 * @param replaced dates that were holidays under another name or other hours
 * @param recurring holidays recurring every year ({@code RRULE:FREQ=YEARLY}) found in the
 * file; each replaces a recurring holiday of the calendar on the same month and day
 */
public record HolidayImport(CalendarView calendar, int found, int added, int replaced, int recurring) {

}
