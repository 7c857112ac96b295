package org.roadmap.commitments.commitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the sides' assessments make one status: a side's latest report replaces its earlier one,
 * the consolidated level is the lower of the sides', health the worse. One place for the rule,
 * so a live report and a reading of the past back from reports ({@link PastState}) agree.
 */
final class Assessments {

    private Assessments() {
    }

    /** The assessments after {@code report}, one per side, in country order. */
    static List<Assessment> with(List<Assessment> current, ProgressReport report) {
        List<Assessment> next = new ArrayList<>(current.stream()
                .filter(a -> !a.country().equals(report.country())).toList());
        next.add(new Assessment(report.country(), report.organisation(), report.level(), report.health(),
                report.id(), report.reportedBy(), report.reportedAt()));
        next.sort(Comparator.comparing(Assessment::country));
        return next;
    }

    static ImplementationLevel level(List<Assessment> assessments) {
        return assessments.stream().map(Assessment::level).reduce(ImplementationLevel::lower)
                .orElse(ImplementationLevel.NO_EVIDENCE);
    }

    static Health health(List<Assessment> assessments) {
        return assessments.stream().map(Assessment::health).reduce(Health::worse).orElse(Health.ON_TRACK);
    }

    static boolean disagree(List<Assessment> assessments) {
        return assessments.size() > 1 && (assessments.stream().map(Assessment::level).distinct().count() > 1
                || assessments.stream().map(Assessment::health).distinct().count() > 1);
    }
}
