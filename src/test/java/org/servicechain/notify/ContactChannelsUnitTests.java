package org.servicechain.notify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact's preferred chain channel becomes the notify channel they are told by: the
 * portal in the application, everything else (e-mail, and the ways Servicechain cannot
 * reach anyone by) by mail, as service notices do.
 */
class ContactChannelsUnitTests {

	@Test
	void thePortalIsInTheApplicationAndEverythingElseIsMail() {
		for (org.servicechain.chain.Channel preferred : org.servicechain.chain.Channel.values()) {
			assertThat(ContactChannels.channelFor(preferred)).as(preferred.name())
				.isEqualTo((preferred == org.servicechain.chain.Channel.PORTAL) ? Channel.IN_APP : Channel.MAIL);
		}
	}

}
