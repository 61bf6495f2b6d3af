package org.servicechain.privacy;

/**
 * A retention rule: records of the kind are anonymised {@code months} after they ended.
 */
public record RetentionView(String kind, int months, boolean enabled, long version) {

}
