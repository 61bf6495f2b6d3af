package org.servicechain.reviews;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whose a meeting is, as the access policy needs it: the kind, the partner party of a
 * review, the person and manager of a 1:1.
 */
record MeetingScope(MeetingKind kind, @Nullable UUID partyId, @Nullable String person, @Nullable String manager) {

}
