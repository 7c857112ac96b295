package org.roadmap.commitments.commitment;

import org.roadmap.platform.aggregate.Change;
import org.roadmap.platform.aggregate.HistoryTail;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads a commitment's earlier state back from what it keeps, so a report on a past year shows
 * that year's status rather than today's. The level, health and disagreement follow only from
 * the sides' reports, so they are replayed; a deadline or weight is taken from the {@code before}
 * of the first change that came after the instant.
 */
final class PastState {

    private PastState() {
    }

    static Commitment of(Commitment c, CommitmentLogs.Past past, Instant instant) {
        if (c.updatedAt() != null && c.updatedAt().isBefore(instant)) {
            return c;
        }
        List<ProgressReport> reports = past.reports().stream()
                .filter(r -> r.reportedAt().isBefore(instant)).toList();
        List<Assessment> assessments = List.of();
        for (ProgressReport report : reports) {
            if (!report.fromMeeting()) {
                assessments = Assessments.with(assessments, report);
            }
        }
        List<Change> history = past.history().stream().filter(h -> h.at().isBefore(instant)).toList();
        Change last = history.isEmpty() ? null : history.get(history.size() - 1);
        Optional<Value> deadlineThen = valueBefore(past, instant, CommitmentChangeKind.DEADLINE_CHANGED, "deadline");
        LocalDate deadline = deadlineThen.isEmpty() ? c.deadline()
                : deadlineThen.get().value() == null ? null : LocalDate.parse(deadlineThen.get().value().toString());
        double weight = valueBefore(past, instant, CommitmentChangeKind.UPDATED, "weight")
                .map(value -> ((Number) value.value()).doubleValue()).orElse(c.weight());
        // Commitments seeded after the instant existed since the road map was signed: they start
        // from the initial status, not from nothing.
        return new Commitment(c.id(), c.roadMapId(), c.reference(), c.pillar(), c.number(), c.title(), c.text(),
                c.responsibleEntities(), c.cadence(), c.venue(), c.meetingSeries(), deadline, c.restricted(), weight,
                Assessments.level(assessments), Assessments.health(assessments), Assessments.disagree(assessments),
                assessments, c.milestones(), current(reports, assessments), reports.size(),
                new HistoryTail(history.size(), last == null ? List.of() : List.of(last)),
                last == null ? 0 : last.version(), c.registeredAt(),
                c.registeredBy(), last == null ? c.registeredAt() : last.at(), c.registrationKey(), c.annotation(),
                c.suggestions());
    }

    /** A field's value before the first change of it at or after {@code instant}; empty when it has not changed since. */
    /** The reports the assessments then came from. */
    private static List<ProgressReport> current(List<ProgressReport> reports, List<Assessment> assessments) {
        return reports.stream().filter(r -> assessments.stream().anyMatch(a -> r.id().equals(a.reportId()))).toList();
    }

    private static Optional<Value> valueBefore(CommitmentLogs.Past past, Instant instant, CommitmentChangeKind kind,
            String field) {
        return past.history().stream()
                .filter(h -> !h.at().isBefore(instant) && h.is(kind) && h.before() != null
                        && h.before().containsKey(field))
                .findFirst()
                .map(h -> new Value(h.before().get(field)));
    }

    /** A history value that may itself be null (no deadline). */
    private record Value(Object value) {
    }
}
