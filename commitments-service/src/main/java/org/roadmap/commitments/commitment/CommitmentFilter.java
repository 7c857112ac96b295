package org.roadmap.commitments.commitment;

import java.time.LocalDate;

/**
 * What a commitment list is narrowed to; {@code null} fields do not narrow it.
 *
 * @param entity  part of a responsible entity's name, e.g. {@code JOGMEC}
 * @param country a side with a responsible entity, e.g. {@code PE}
 * @param reference exactly this reference, e.g. {@code III.1}
 * @param text    words to find in the reference, title or text
 */
public record CommitmentFilter(String roadMapId, String reference, String pillar, ImplementationLevel level, Health health,
        String entity, String country, LocalDate dueBefore, LocalDate dueAfter, Boolean overdue, String text,
        Boolean includeRestricted) {

    public static CommitmentFilter ofRoadMap(String roadMapId) {
        return new CommitmentFilter(roadMapId, null, null, null, null, null, null, null, null, null, null, true);
    }
}
