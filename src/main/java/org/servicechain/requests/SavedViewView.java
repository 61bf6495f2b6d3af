package org.servicechain.requests;

import java.util.UUID;

/**
 * A saved filter of the request list.
 *
 * @param query the list's query string, e.g. {@code status=OPEN&priority=P1}
 */
public record SavedViewView(UUID id, String name, String query) {

}
