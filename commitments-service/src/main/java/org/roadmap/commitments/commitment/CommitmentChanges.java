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

    /**
     * The annotation before ({@code suggested}) and after ({@code confirmed}) a person's confirmation.
     *
     * @param corrected     the fields whose confirmed value differs from the suggestion, with both
     * @param offeredSeries the meeting series the confirmed commitment implies, offered to meetings-service
     */
    public record Confirmation(String annotation, List<Correction> corrected, OfferedSeries offeredSeries) {
    }

    /** A suggested value a person changed before confirming: {@code suggested} absent where nothing was suggested. */
    public record Correction(String field, Object suggested, Object confirmed) {
    }

    /**
     * A meeting series offered with a confirmation (event {@code commitment.meeting-series-offered.v1}).
     *
     * @param cadence   {@code annual}, {@code biennial} or {@code periodic}
     * @param venueRule {@code fixed}, {@code alternating} or {@code per-occurrence}
     */
    public record OfferedSeries(String seriesId, String title, String organiser, String cadence, String venueRule,
            List<Place> venues, String timeZone, LocalDate periodsFrom, LocalDate periodsUntil, List<Party> parties) {
    }

    /** A city of a party where meetings take place. */
    public record Place(String city, String country, String timeZone) {
    }

    /** A party of the road map with its capital and the capital's zone. */
    public record Party(String country, String name, String capital, String timeZone) {
    }
}
