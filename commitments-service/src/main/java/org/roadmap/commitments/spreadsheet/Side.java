package org.roadmap.commitments.spreadsheet;

import java.util.List;
import java.util.Optional;

import org.roadmap.commitments.commitment.Assessment;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.ProgressReport;
import org.roadmap.commitments.commitment.ResponsibleEntity;

/** One country's side of a commitment: a side exists where the country has a responsible entity. */
record Side(Commitment commitment, String country) {

    /** In country-code order, as assessments are kept. */
    static List<Side> of(Commitment commitment) {
        return commitment.sides().stream().map(country -> new Side(commitment, country)).toList();
    }

    static Optional<Side> of(Commitment commitment, String country) {
        return of(commitment).stream().filter(side -> side.country.equals(country)).findFirst();
    }

    Optional<Assessment> assessment() {
        return commitment.assessments().stream().filter(a -> a.country().equals(country)).findFirst();
    }

    /** The report the current assessment comes from. */
    Optional<ProgressReport> report() {
        return assessment().flatMap(a -> commitment.progressReport(a.reportId()));
    }

    /** Who answers for this side when it has not reported: its lead entity, else its first. */
    String leadName() {
        List<ResponsibleEntity> entities = commitment.responsibleEntities().stream()
                .filter(e -> e.country().equals(country)).toList();
        return entities.stream().filter(e -> "lead".equals(e.role())).findFirst().orElse(entities.get(0)).name();
    }
}
