package org.roadmap.commitments.spreadsheet;

import org.roadmap.commitments.commitment.ReportDraft;

/**
 * What importing one valid row does.
 *
 * @param idempotencyKey derived from the row's content, so the same row uploaded again is the same report
 */
record PlannedRow(int number, Action action, String commitmentId, ReportDraft draft, String idempotencyKey) {

    enum Action {
        /** No level given: the side is not being assessed in this sheet. */
        SKIP,
        /** Level, health, summary and evidence are the side's current assessment already. */
        UNCHANGED,
        /** Becomes a progress report of the side. */
        REPORT
    }

    static PlannedRow skip(int number) {
        return new PlannedRow(number, Action.SKIP, null, null, null);
    }

    static PlannedRow unchanged(int number) {
        return new PlannedRow(number, Action.UNCHANGED, null, null, null);
    }
}
