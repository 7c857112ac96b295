package org.roadmap.commitments.commitment.messaging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.roadmap.commitments.commitment.Change;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.ProgressReport;
import org.roadmap.events.commitment.CommitmentDeadlineChanged;
import org.roadmap.events.commitment.CommitmentHealthChanged;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.CommitmentUpdated;
import org.roadmap.events.commitment.ImplementationLevelChanged;
import org.roadmap.events.commitment.MilestoneAdded;
import org.roadmap.events.commitment.MilestoneChanged;
import org.roadmap.events.commitment.ProgressReported;
import org.roadmap.events.commitment.ResponsibleEntity;
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
            Object event = event(commitment, change);
            events.add(commitment.restricted() && !restricts(change) ? new InternalOnly(event) : event);
        }
        return events;
    }

    /** The change that restricts a commitment, whose event tells integrators it is now out of their sight. */
    private static boolean restricts(Change change) {
        return "updated".equals(change.kind()) && change.before() != null
                && Boolean.FALSE.equals(change.before().get("restricted"))
                && Boolean.TRUE.equals(change.after().get("restricted"));
    }

    private static Object event(Commitment commitment, Change change) {
        return switch (change.kind()) {
            case "registered" -> registered(commitment);
            case "updated" -> updated(commitment, change);
            case "deadline-changed" -> new CommitmentDeadlineChanged(commitment.id(), commitment.roadMapId(),
                    commitment.reference(), date(change.before(), "deadline"), date(change.after(), "deadline"),
                    change.by());
            case "progress-reported" -> progressReported(commitment,
                    commitment.progressReport((String) change.after().get("reportId")).orElseThrow());
            case "level-changed" -> new ImplementationLevelChanged(commitment.id(), commitment.roadMapId(),
                    commitment.reference(), (String) change.before().get("level"),
                    (String) change.after().get("level"), (Boolean) change.after().get("disagreement"),
                    (String) change.after().get("reportId"), change.by());
            case "health-changed" -> new CommitmentHealthChanged(commitment.id(), commitment.roadMapId(),
                    commitment.reference(), (String) change.before().get("health"),
                    (String) change.after().get("health"), change.by());
            case "milestone-added" -> new MilestoneAdded(commitment.id(), commitment.roadMapId(),
                    commitment.reference(), (String) change.after().get("milestoneId"),
                    (String) change.after().get("title"), date(change.after(), "plannedDate"),
                    date(change.after(), "actualDate"), change.by());
            case "milestone-changed" -> new MilestoneChanged(commitment.id(), commitment.roadMapId(),
                    commitment.reference(), (String) change.after().get("milestoneId"),
                    (String) change.after().get("title"), date(change.before(), "plannedDate"),
                    date(change.after(), "plannedDate"), date(change.after(), "actualDate"), change.by());
            default -> throw new IllegalStateException("No integration event for change " + change.kind());
        };
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

    private static LocalDate date(Map<String, Object> values, String key) {
        Object value = values == null ? null : values.get(key);
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
