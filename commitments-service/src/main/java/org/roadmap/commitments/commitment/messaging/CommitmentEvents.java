package org.roadmap.commitments.commitment.messaging;

import java.util.ArrayList;
import java.util.List;

import org.roadmap.platform.aggregate.Change;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentChangeKind;
import org.roadmap.commitments.commitment.CommitmentChanges.Confirmation;
import org.roadmap.commitments.commitment.CommitmentChanges.DeadlineChange;
import org.roadmap.commitments.commitment.CommitmentChanges.HealthChange;
import org.roadmap.commitments.commitment.CommitmentChanges.LevelChange;
import org.roadmap.commitments.commitment.CommitmentChanges.MilestoneChange;
import org.roadmap.commitments.commitment.CommitmentChanges.OfferedSeries;
import org.roadmap.commitments.commitment.CommitmentChanges.Reported;
import org.roadmap.commitments.commitment.ProgressReport;
import org.roadmap.events.commitment.CommitmentDeadlineChanged;
import org.roadmap.events.commitment.CommitmentHealthChanged;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.CommitmentUpdated;
import org.roadmap.events.commitment.ImplementationLevelChanged;
import org.roadmap.events.commitment.MeetingSeriesOffered;
import org.roadmap.events.commitment.MilestoneAdded;
import org.roadmap.events.commitment.MilestoneChanged;
import org.roadmap.events.commitment.ProgressReported;
import org.roadmap.events.commitment.ResponsibleEntity;
import org.roadmap.events.meeting.Venue;
import org.roadmap.platform.outbox.InternalOnly;

/** Turns a commitment's changes (its domain events) into the integration events of the contract. */
public final class CommitmentEvents {

    private CommitmentEvents() {
    }

    /**
     * The events of {@code changes}; those of a restricted commitment are {@link InternalOnly}: integrators'
     * public copy of the topic gets none, except the one that restricts it (ADR 6).
     */
    public static List<Object> of(Commitment commitment, List<Change> changes) {
        List<Object> events = new ArrayList<>();
        for (Change change : changes) {
            for (Object event : events(commitment, change)) {
                events.add(commitment.restricted() && !restricts(change) ? new InternalOnly(event) : event);
            }
        }
        return events;
    }

    /** The change that restricts a commitment, whose event tells integrators it is now out of their sight. */
    private static boolean restricts(Change change) {
        return change.is(CommitmentChangeKind.UPDATED) && change.before() != null
                && Boolean.FALSE.equals(change.before().get("restricted"))
                && Boolean.TRUE.equals(change.after().get("restricted"));
    }

    /** A confirmation is told as the annotation's update and, when it implies a meeting series, the series offered. */
    private static List<Object> events(Commitment c, Change change) {
        if (!change.is(CommitmentChangeKind.CONFIRMED)) {
            return List.of(event(c, change));
        }
        CommitmentUpdated updated = new CommitmentUpdated(c.id(), c.roadMapId(), c.reference(), List.of("annotation"),
                c.title(), entities(c), c.restricted(), c.weight(), change.by());
        OfferedSeries offered = change.after(Confirmation.class).offeredSeries();
        return offered == null ? List.of(updated) : List.of(updated, offered(c, offered, change.by()));
    }

    private static MeetingSeriesOffered offered(Commitment c, OfferedSeries s, String by) {
        return new MeetingSeriesOffered(c.id(), c.roadMapId(), c.reference(), s.seriesId(), s.title(), s.organiser(),
                s.cadence(), s.venueRule(), s.venues().stream().map(v -> new Venue(v.city(), v.country(), v.timeZone()))
                        .toList(), s.timeZone(), s.periodsFrom(), s.periodsUntil(),
                s.parties().stream().map(p -> new MeetingSeriesOffered.Party(p.country(), p.name(), p.capital(),
                        p.timeZone())).toList(), by);
    }

    private static Object event(Commitment commitment, Change change) {
        Commitment c = commitment;
        return switch (change.kindOf(CommitmentChangeKind.class)) {
            case REGISTERED -> registered(c);
            case UPDATED -> updated(c, change);
            case DEADLINE_CHANGED -> new CommitmentDeadlineChanged(c.id(), c.roadMapId(), c.reference(),
                    change.before(DeadlineChange.class).deadline(), change.after(DeadlineChange.class).deadline(),
                    change.by());
            case PROGRESS_REPORTED -> progressReported(c,
                    c.progressReport(change.after(Reported.class).reportId()).orElseThrow());
            case LEVEL_CHANGED -> levelChanged(c, change.before(LevelChange.class), change.after(LevelChange.class),
                    change.by());
            case HEALTH_CHANGED -> new CommitmentHealthChanged(c.id(), c.roadMapId(), c.reference(),
                    change.before(HealthChange.class).health(), change.after(HealthChange.class).health(), change.by());
            case MILESTONE_ADDED -> milestoneAdded(c, change.after(MilestoneChange.class), change.by());
            case MILESTONE_CHANGED -> milestoneChanged(c, change.before(MilestoneChange.class),
                    change.after(MilestoneChange.class), change.by());
            case CONFIRMED -> throw new IllegalArgumentException("a confirmation has events of its own");
        };
    }

    private static ImplementationLevelChanged levelChanged(Commitment c, LevelChange before, LevelChange after,
            String by) {
        return new ImplementationLevelChanged(c.id(), c.roadMapId(), c.reference(), before.level(), after.level(),
                after.disagreement(), after.reportId(), by);
    }

    private static MilestoneAdded milestoneAdded(Commitment c, MilestoneChange added, String by) {
        return new MilestoneAdded(c.id(), c.roadMapId(), c.reference(), added.milestoneId(), added.title(),
                added.plannedDate(), added.actualDate(), by);
    }

    private static MilestoneChanged milestoneChanged(Commitment c, MilestoneChange before, MilestoneChange after,
            String by) {
        return new MilestoneChanged(c.id(), c.roadMapId(), c.reference(), after.milestoneId(), after.title(),
                before.plannedDate(), after.plannedDate(), after.actualDate(), by);
    }

    static CommitmentRegistered registered(Commitment c) {
        return new CommitmentRegistered(c.id(), c.roadMapId(), c.reference(), c.pillar(), c.number(), c.title(),
                c.text(), entities(c), c.deadline(), c.restricted(), c.registeredBy(),
                c.cadence() == null ? null : c.cadence().code(), c.meetingSeries());
    }

    private static CommitmentUpdated updated(Commitment c, Change change) {
        return new CommitmentUpdated(c.id(), c.roadMapId(), c.reference(), List.copyOf(change.after().keySet()),
                c.title(), entities(c), c.restricted(), c.weight(), change.by());
    }

    /** v1 requires a country: an entry from a meeting gives its venue's there, and the sides it belongs to in sides. */
    private static ProgressReported progressReported(Commitment c, ProgressReport r) {
        return new ProgressReported(c.id(), c.roadMapId(), r.id(), r.reportedBy(), r.organisation(),
                r.country() != null ? r.country() : r.venueCountry(),
                r.level() == null ? null : r.level().code(), r.health() == null ? null : r.health().code(),
                r.summary(), r.evidence(), r.reportedAt(), r.meetingId(), r.sides());
    }

    private static List<ResponsibleEntity> entities(Commitment c) {
        return c.responsibleEntities().stream().map(e -> new ResponsibleEntity(e.name(), e.country(), e.role())).toList();
    }
}
