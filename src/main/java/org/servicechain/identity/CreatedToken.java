package org.servicechain.identity;

/**
 * A newly created API token with its secret, which is shown this once and never again.
 */
public record CreatedToken(ApiTokenView token, String secret) {

}
