package org.roadmap.events.commitment;

import java.time.LocalDate;

/** A commitment's due date was set, moved or removed; absent dates mean "none". */
public record CommitmentDeadlineChanged(
        String commitmentId,
        String roadMapId,
        String reference,
        LocalDate previousDeadline,
        LocalDate deadline,
        String changedBy) {
}
