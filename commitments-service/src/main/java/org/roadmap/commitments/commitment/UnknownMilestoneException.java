package org.roadmap.commitments.commitment;

/** A milestone id that the commitment does not have. */
public class UnknownMilestoneException extends RuntimeException {

    UnknownMilestoneException(String commitmentId, String milestoneId) {
        super("Commitment " + commitmentId + " has no milestone " + milestoneId);
    }
}
