package org.servicechain.feedback.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.feedback.FeedbackChannel;
import org.servicechain.feedback.FeedbackKind;
import org.servicechain.feedback.NewFeedback;

/**
 * The quick capture form (FB-2): kind, channel, who, about what, and the words.
 */
record CaptureForm(@Nullable FeedbackKind kind, @Nullable FeedbackChannel channel, @Nullable UUID customerId,
		@Nullable UUID serviceId, @Nullable UUID partyId, @Nullable String text) {

	static CaptureForm empty() {
		return new CaptureForm(FeedbackKind.COMMENT, FeedbackChannel.PHONE, null, null, null, "");
	}

	NewFeedback toCommand() {
		return new NewFeedback(this.kind, this.channel, this.customerId, this.serviceId, this.partyId,
				(this.text != null) ? this.text : "");
	}

}
