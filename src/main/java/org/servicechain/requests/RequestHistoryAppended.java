package org.servicechain.requests;

import java.util.List;
import java.util.UUID;

/**
 * Facts were appended to a request's history by one command. Published inside the
 * command's transaction, so a listener that keeps derived state (the SLA clocks' index)
 * writes it in the same transaction; listeners that reach outside (mail) take it after
 * commit.
 */
public record RequestHistoryAppended(UUID requestId, String reference, List<RequestEventView> events) {

}
