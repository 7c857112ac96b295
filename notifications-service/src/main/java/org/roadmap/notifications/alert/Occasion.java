package org.roadmap.notifications.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.roadmap.notifications.subscription.EventKind;
import org.roadmap.notifications.subscription.Subject;

/**
 * What a set of alerts is about, as a snapshot kept with each alert so its message can be
 * written without asking anyone: a commitment's deadline, a milestone, a meeting, a cadence period.
 *
 * @param id        the plan id: {@code deadline:<commitment>}, {@code milestone:<commitment>:<milestone>},
 *                  {@code meeting:<occurrence>}, {@code cadence:<series>:<period start>}
 * @param date      due date of a deadline or milestone; last day of a cadence period
 * @param start     start of a meeting
 * @param open      false once there is nothing left to remind of (complete, reached, cancelled, no date)
 * @param tentative a meeting its series' recurrence plans that nobody has confirmed yet
 */
public record Occasion(
        String id,
        EventKind kind,
        String roadMapId,
        String pillar,
        String reference,
        String title,
        String commitmentId,
        String milestoneTitle,
        List<String> commitmentIds,
        List<String> entityNames,
        String seriesId,
        LocalDate date,
        Instant start,
        Instant end,
        String venueCity,
        String venueZone,
        LocalDate periodStart,
        boolean open,
        boolean tentative) {

    public Occasion {
        commitmentIds = commitmentIds == null ? List.of() : List.copyOf(commitmentIds);
        entityNames = entityNames == null ? List.of() : List.copyOf(entityNames);
    }

    /** An occasion that is not a tentative meeting: every deadline, milestone and cadence period. */
    public Occasion(String id, EventKind kind, String roadMapId, String pillar, String reference, String title,
            String commitmentId, String milestoneTitle, List<String> commitmentIds, List<String> entityNames,
            String seriesId, LocalDate date, Instant start, Instant end, String venueCity, String venueZone,
            LocalDate periodStart, boolean open) {
        this(id, kind, roadMapId, pillar, reference, title, commitmentId, milestoneTitle, commitmentIds, entityNames,
                seriesId, date, start, end, venueCity, venueZone, periodStart, open, false);
    }

    public Subject subject() {
        return new Subject(kind, roadMapId, pillar, commitmentIds, entityNames, seriesId);
    }

    /**
     * The commitment or meeting series this is about: the {@code aboutId} of delivery events and
     * inbox items, which the dashboard links to. A deadline or milestone is about its commitment
     * even when a meeting series serves it; a meeting or cadence period is about its series.
     */
    public String aboutId() {
        return commitmentId != null ? commitmentId : seriesId;
    }
}
