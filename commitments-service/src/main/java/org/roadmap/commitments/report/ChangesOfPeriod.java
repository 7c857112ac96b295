package org.roadmap.commitments.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.roadmap.platform.aggregate.Change;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentChangeKind;
import org.roadmap.commitments.commitment.CommitmentLogs;
import org.roadmap.commitments.commitment.CommitmentChanges;
import org.roadmap.commitments.commitment.ProgressReport;
import org.roadmap.commitments.report.AnnualReport.ChangeEntry;
import org.roadmap.commitments.report.AnnualReport.ChangedCommitment;

/**
 * What happened to the commitments in a period, as their histories record it: reports, level and
 * health changes, deadlines moved and milestones reached. Registrations and edits of wording or
 * annotations are left out: the first import alone registers every commitment, which says nothing
 * about implementation.
 */
final class ChangesOfPeriod {

    private static final Set<CommitmentChangeKind> REPORTED = Set.of(CommitmentChangeKind.LEVEL_CHANGED,
            CommitmentChangeKind.HEALTH_CHANGED, CommitmentChangeKind.DEADLINE_CHANGED);

    private ChangesOfPeriod() {
    }

    /** Grouped by commitment, newest first, and the commitments by their newest change. */
    static List<ChangedCommitment> of(List<Commitment> commitments, Map<String, CommitmentLogs.Past> pasts,
            Instant start, Instant end) {
        List<ChangedCommitment> changed = new ArrayList<>();
        for (Commitment c : commitments) {
            CommitmentLogs.Past past = pasts.get(c.id());
            Map<String, ProgressReport> reports = new HashMap<>();
            past.reports().forEach(r -> reports.put(r.id(), r));
            // History is in the order things happened, a level change right after the report that
            // caused it (often in the same millisecond): reversing it keeps cause and effect together.
            List<ChangeEntry> entries = new ArrayList<>(past.history().stream()
                    .filter(h -> !h.at().isBefore(start) && h.at().isBefore(end))
                    .map(h -> entry(reports, h))
                    .flatMap(Optional::stream)
                    .toList());
            Collections.reverse(entries);
            if (!entries.isEmpty()) {
                changed.add(new ChangedCommitment(c.id(), c.reference(), c.title(), entries));
            }
        }
        changed.sort(Comparator.comparing((ChangedCommitment c) -> c.changes().get(0).at()).reversed());
        return changed;
    }

    /** @param reports the commitment's reports of the period, by id */
    private static Optional<ChangeEntry> entry(Map<String, ProgressReport> reports, Change h) {
        CommitmentChangeKind kind = h.kindOf(CommitmentChangeKind.class);
        if (kind == CommitmentChangeKind.PROGRESS_REPORTED) {
            String reportId = h.after(CommitmentChanges.Reported.class).reportId();
            Optional<ProgressReport> report = Optional.ofNullable(reports.get(reportId));
            return Optional.of(new ChangeEntry(h.at(), h.by(), h.kind(), h.before(), h.after(),
                    report.map(ProgressReport::organisation).orElse(null),
                    report.map(ProgressReport::summary).orElse(null)));
        }
        if (REPORTED.contains(kind)) {
            return Optional.of(new ChangeEntry(h.at(), h.by(), h.kind(), h.before(), h.after(), null, null));
        }
        if (reachesMilestone(kind, h)) {
            return Optional.of(new ChangeEntry(h.at(), h.by(), "milestone-reached", h.before(), h.after(), null, null));
        }
        return Optional.empty();
    }

    /** A milestone added as already reached, or given the date it was reached. */
    private static boolean reachesMilestone(CommitmentChangeKind kind, Change h) {
        if (kind != CommitmentChangeKind.MILESTONE_ADDED && kind != CommitmentChangeKind.MILESTONE_CHANGED) {
            return false;
        }
        CommitmentChanges.MilestoneChange before = h.before(CommitmentChanges.MilestoneChange.class);
        return h.after(CommitmentChanges.MilestoneChange.class).actualDate() != null
                && (before == null || before.actualDate() == null);
    }
}
