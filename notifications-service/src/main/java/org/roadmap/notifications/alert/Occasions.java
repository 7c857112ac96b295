package org.roadmap.notifications.alert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.roadmap.notifications.commitment.CommitmentProjection;
import org.roadmap.notifications.commitment.KnownCommitment;
import org.roadmap.notifications.meeting.KnownCadencePeriod;
import org.roadmap.notifications.meeting.KnownMeeting;
import org.roadmap.notifications.meeting.KnownSeries;
import org.roadmap.notifications.meeting.MeetingProjection;
import org.roadmap.notifications.subscription.EventKind;
import org.springframework.stereotype.Component;

/** The occasions alerts are about, as the projections know them now. */
@Component
public class Occasions {

    static final String MEETING_PREFIX = "meeting:";
    static final String CADENCE_PREFIX = "cadence:";

    private final CommitmentProjection commitments;
    private final MeetingProjection meetings;

    Occasions(CommitmentProjection commitments, MeetingProjection meetings) {
        this.commitments = commitments;
        this.meetings = meetings;
    }

    /** A commitment's deadline and each of its milestones. */
    public List<Occasion> of(KnownCommitment c) {
        List<Occasion> occasions = new ArrayList<>();
        occasions.add(new Occasion("deadline:" + c.id(), EventKind.DEADLINE, c.roadMapId(), c.pillar(), c.reference(),
                c.title(), c.id(), null, List.of(c.id()), c.entityNames(), c.meetingSeries(), c.deadline(), null, null,
                null, null, null, c.deadline() != null && !c.complete()));
        for (KnownCommitment.KnownMilestone m : c.milestones()) {
            occasions.add(new Occasion("milestone:" + c.id() + ":" + m.id(), EventKind.MILESTONE, c.roadMapId(),
                    c.pillar(), c.reference(), c.title(), c.id(), m.title(), List.of(c.id()), c.entityNames(),
                    c.meetingSeries(), m.plannedDate(), null, null, null, null, null,
                    m.plannedDate() != null && m.actualDate() == null && !c.complete()));
        }
        return occasions;
    }

    /**
     * A meeting: open while it is scheduled. Road map and commitments come from its series when the
     * meeting event does not carry them; entity names from the commitments, so "follow MINEM" covers
     * the meetings that serve MINEM's commitments.
     */
    public Occasion of(KnownMeeting m) {
        Optional<KnownSeries> series = meetings.findSeries(m.seriesId());
        List<String> commitmentIds = !m.commitmentIds().isEmpty() ? m.commitmentIds()
                : series.map(KnownSeries::commitmentIds).orElse(List.of());
        String title = m.title() != null ? m.title() : series.map(KnownSeries::title).orElse(m.seriesId());
        return new Occasion(MEETING_PREFIX + m.id(), EventKind.MEETING, series.map(KnownSeries::roadMapId).orElse(null),
                null, null, title, null, null, commitmentIds, entityNames(commitmentIds), m.seriesId(), null, m.start(),
                m.end(), m.venueCity(), m.venueZone(), null, m.upcoming(), m.tentative());
    }

    /** A cadence period with no meeting date set: open until a meeting is scheduled in it. */
    public Occasion of(KnownCadencePeriod p) {
        return new Occasion(CADENCE_PREFIX + p.id(), EventKind.CADENCE, p.roadMapId(), null, null, p.title(), null,
                null, p.commitmentIds(), entityNames(p.commitmentIds()), p.seriesId(), p.periodEnd(), null, null, null,
                null, p.periodStart(), p.open());
    }

    /** Every occasion known, open or not. */
    public List<Occasion> all() {
        List<Occasion> all = new ArrayList<>();
        commitments.all().forEach(c -> all.addAll(of(c)));
        meetings.allMeetings().forEach(m -> all.add(of(m)));
        meetings.allCadencePeriods().forEach(p -> all.add(of(p)));
        return all;
    }

    /** The occasion of {@code planned} as it stands now, to check a due alert still applies. */
    public Optional<Occasion> current(Occasion planned) {
        if (planned.kind() == EventKind.MEETING) {
            return meetings.findMeeting(planned.id().substring(MEETING_PREFIX.length())).map(this::of);
        }
        if (planned.kind() == EventKind.CADENCE) {
            return meetings.findCadencePeriod(planned.id().substring(CADENCE_PREFIX.length())).map(this::of);
        }
        if (planned.commitmentId() == null) {
            return Optional.of(planned);
        }
        return commitments.find(planned.commitmentId()).flatMap(c -> inCommitment(c, planned));
    }

    /**
     * The occasions of {@code planned} as they stand now, as {@link #current(Occasion)} gives each: those of
     * commitments (deadlines and milestones, most of what fires) from one look-up of their commitments.
     */
    public Map<Occasion, Optional<Occasion>> current(Collection<Occasion> planned) {
        Set<String> commitmentIds = new HashSet<>();
        planned.stream().filter(Occasions::ofACommitment).forEach(o -> commitmentIds.add(o.commitmentId()));
        Map<String, KnownCommitment> known = commitments.byIds(commitmentIds);
        Map<Occasion, Optional<Occasion>> current = new HashMap<>();
        for (Occasion occasion : planned) {
            current.put(occasion, ofACommitment(occasion)
                    ? Optional.ofNullable(known.get(occasion.commitmentId())).flatMap(c -> inCommitment(c, occasion))
                    : current(occasion));
        }
        return current;
    }

    private static boolean ofACommitment(Occasion occasion) {
        return occasion.kind() != EventKind.MEETING && occasion.kind() != EventKind.CADENCE
                && occasion.commitmentId() != null;
    }

    private Optional<Occasion> inCommitment(KnownCommitment commitment, Occasion planned) {
        return of(commitment).stream().filter(o -> o.id().equals(planned.id())).findFirst();
    }

    private List<String> entityNames(List<String> commitmentIds) {
        Set<String> names = new LinkedHashSet<>();
        Map<String, KnownCommitment> known = commitments.byIds(commitmentIds);
        commitmentIds.stream().map(known::get).filter(Objects::nonNull).forEach(c -> names.addAll(c.entityNames()));
        return List.copyOf(names);
    }
}
