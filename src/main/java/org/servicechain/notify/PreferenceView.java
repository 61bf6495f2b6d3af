package org.servicechain.notify;

/**
 * How the signed-in person hears of one kind of event.
 */
public record PreferenceView(String event, String label, Channel channel) {

}
