package org.roadmap.commitments.commitment;

import java.time.LocalDate;
import java.util.List;

/**
 * What each kind of change to a commitment records, as the types its history entries are written
 * from and read back as ({@link org.roadmap.platform.aggregate.Change#after(Class)}).
 */
public final class CommitmentChanges {

    private CommitmentChanges() {
    }

    /** A progress entry: a side's report (country, level, health) or a meeting's (sides, meetingId). */
    public record Reported(String reportId, String country, String level, String health, List<String> sides,
            String meetingId) {

        static Reported of(ProgressReport r) {
            return r.fromMeeting() ? new Reported(r.id(), null, null, null, r.sides(), r.meetingId())
                    : new Reported(r.id(), r.country(), r.level().code(), r.health().code(), null, null);
        }
    }

    /** The consolidated level (before: the level alone), with the report that moved it. */
    public record LevelChange(String level, String reportId, Boolean disagreement) {
    }

    public record HealthChange(String health) {
    }

    /** Before and after a deadline change; absent when there was, or is, none. */
    public record DeadlineChange(LocalDate deadline) {
    }

    public record MilestoneChange(String milestoneId, String title, LocalDate plannedDate, LocalDate actualDate) {

        static MilestoneChange of(Milestone m) {
            return new MilestoneChange(m.id(), m.title(), m.plannedDate(), m.actualDate());
        }
    }
}
