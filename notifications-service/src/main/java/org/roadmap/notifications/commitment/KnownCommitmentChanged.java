package org.roadmap.notifications.commitment;

/**
 * The projection of a commitment changed (deadline, milestones, level, entities …), to {@code commitment};
 * the alert schedule replans it. A Spring application event, published in the consumer's thread, so a
 * failing replan makes the event be retried and, in the end, dead-lettered.
 */
public record KnownCommitmentChanged(KnownCommitment commitment) {
}
