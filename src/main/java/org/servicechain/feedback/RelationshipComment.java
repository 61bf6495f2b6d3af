package org.servicechain.feedback;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A comment a party's person left with their answer to a relationship survey (FB-1,
 * PM-2), as staff and the party's own people read it: when, which party, the score it
 * came with and the words. Never who wrote it: see docs/architecture.md ("Relationship
 * comments carry no name").
 *
 * @param question the question the score answered
 */
public record RelationshipComment(UUID id, Instant answeredAt, UUID partyId, String partyName, SurveyKind kind,
		@Nullable Integer score, String question, String comment) {

}
