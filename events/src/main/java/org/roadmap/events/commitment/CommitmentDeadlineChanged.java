package org.roadmap.events.commitment;

import java.time.LocalDate;

import org.roadmap.events.Identifier;

/** A commitment's due date was set, moved or removed; absent dates mean "none". */
public record CommitmentDeadlineChanged(
        @Identifier String commitmentId,
        @Identifier String roadMapId,
        @Identifier String reference,
        LocalDate previousDeadline,
        LocalDate deadline,
        String changedBy) {
}
