package org.servicechain.reporting;

import java.util.UUID;

/**
 * One record behind a bar of a report: a request or a complaint, by reference.
 *
 * @param id the record's id, for a link to it (staff)
 * @param detail how it counted in the bar, e.g. "breached"
 */
public record DrillRow(UUID id, String reference, String detail) {

}
