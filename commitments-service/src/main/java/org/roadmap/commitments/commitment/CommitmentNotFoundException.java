package org.roadmap.commitments.commitment;

/** No commitment has this id. */
public class CommitmentNotFoundException extends RuntimeException {

    public CommitmentNotFoundException(String id) {
        super("No commitment with id " + id);
    }
}
