package org.roadmap.notifications.commitment;

/**
 * The projection of a commitment changed (deadline, milestones, level, entities …), to {@code commitment};
 * the alert schedule replans it at the end of the consumed batch. A Spring application event, published in the
 * consumer's thread, so a failing replan makes the batch be retried and, in the end, its first record
 * dead-lettered.
 */
public record KnownCommitmentChanged(KnownCommitment commitment) {
}
