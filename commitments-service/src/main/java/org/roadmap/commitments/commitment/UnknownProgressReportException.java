package org.roadmap.commitments.commitment;

/** A progress report id that the commitment does not have. */
public class UnknownProgressReportException extends RuntimeException {

    public UnknownProgressReportException(String commitmentId, String reportId) {
        super("Commitment " + commitmentId + " has no progress report " + reportId);
    }
}
