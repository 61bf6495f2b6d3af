package org.servicechain.requests;

/**
 * A file someone attaches, as received: the name they gave it and its bytes. Its type is
 * detected from the content when it is stored.
 */
public record Upload(String fileName, byte[] content) {

}
