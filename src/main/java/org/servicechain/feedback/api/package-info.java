/**
 * The feedback API under {@code /api/v1/feedback}: surveys, answers, comments, scores,
 * themes, decisions and alerts, each read through the module's access policy.
 */
@NullMarked
package org.servicechain.feedback.api;

import org.jspecify.annotations.NullMarked;
