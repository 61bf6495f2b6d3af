package org.servicechain.notify;

/**
 * How the signed-in person hears of one kind of event.
 *
 * @param channel the channel that applies
 * @param chosen whether they chose it; if not, it is what their contact record in the
 * chain prefers, or in the application
 */
public record PreferenceView(String event, String label, Channel channel, boolean chosen) {

}
