package org.roadmap.commitments.commitment;

import java.time.Instant;

/**
 * One side's current view of a commitment: the level and health from its latest progress report.
 *
 * @param country the side, e.g. {@code JP}
 */
public record Assessment(String country, String organisation, ImplementationLevel level, Health health,
        String reportId, String assessedBy, Instant assessedAt) {
}
