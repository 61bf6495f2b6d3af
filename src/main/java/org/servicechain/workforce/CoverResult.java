package org.servicechain.workforce;

import java.util.Map;

/**
 * What moving an absent person's work did.
 *
 * @param byOwner how many items each new holder (display name) received
 */
public record CoverResult(int requestsMoved, int tasksMoved, Map<String, Integer> byOwner) {

}
