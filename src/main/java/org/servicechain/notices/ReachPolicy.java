package org.servicechain.notices;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How a person of an affected party is told of a notice, from the channel the chain
 * records they prefer (CHAIN-5) and what we have to reach them by. Servicechain tells by
 * mail and in the application only: a contact who prefers the telephone, a chat, a visit
 * or a letter is told by mail (or in the portal) and the notice says so, so someone can
 * call them as well. A person with neither an address nor an account is not reached, with
 * why. People with an account but no contact record are told as their own notification
 * preference says.
 */
final class ReachPolicy {

	/**
	 * How to tell one person.
	 *
	 * @param channel {@code MAIL}, {@code IN_APP}, {@code PREFERENCE} (their own
	 * notification preference) or {@code NONE} (not reachable)
	 * @param note how the preference could not be followed, or why not reachable
	 */
	record Reach(String channel, @Nullable String note) {

		static final String PREFERENCE = "PREFERENCE";

		boolean reachable() {
			return !NoticeDelivery.NONE.equals(this.channel);
		}

	}

	private ReachPolicy() {
	}

	/**
	 * @param preferred the chain's {@code Channel} name the contact prefers, or
	 * {@literal null}
	 * @param contact whether the person is a contact of the chain (not only an account)
	 */
	static Reach reach(@Nullable String preferred, boolean contact, boolean hasEmail, boolean hasAccount) {
		if (!contact) {
			return new Reach(Reach.PREFERENCE, null);
		}
		if ("PORTAL".equals(preferred)) {
			if (hasAccount) {
				return new Reach(NoticeDelivery.IN_APP, null);
			}
			return hasEmail ? new Reach(NoticeDelivery.MAIL, "prefers the portal but has no account: told by mail")
					: new Reach(NoticeDelivery.NONE,
							"prefers the portal but has no portal account, and no e-mail address");
		}
		if (preferred == null || "EMAIL".equals(preferred)) {
			if (hasEmail) {
				return new Reach(NoticeDelivery.MAIL, null);
			}
			return hasAccount ? new Reach(NoticeDelivery.IN_APP, "no e-mail address: told in the portal")
					: new Reach(NoticeDelivery.NONE, "no e-mail address and no portal account");
		}
		String way = preferred.toLowerCase(Locale.ROOT).replace('_', ' ');
		if (hasEmail) {
			return new Reach(NoticeDelivery.MAIL, "prefers " + way
					+ ", which Servicechain cannot do: told by mail; reach them by " + way + " as well if it matters");
		}
		if (hasAccount) {
			return new Reach(NoticeDelivery.IN_APP,
					"prefers " + way + ", which Servicechain cannot do: told in the portal");
		}
		return new Reach(NoticeDelivery.NONE,
				"prefers " + way + "; no e-mail address and no portal account: reach them by " + way);
	}

}
