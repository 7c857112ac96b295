package org.roadmap.meetings.series;

import org.roadmap.platform.aggregate.Change;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.roadmap.meetings.agenda.AgendaCommitment;
import org.roadmap.meetings.agenda.AgendaCommitments;
import org.roadmap.platform.security.Caller;
import org.roadmap.platform.security.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a meeting series and its links, by the platform's one visibility rule
 * ({@link Caller#sees}): links to restricted commitments are left out for callers who may not see
 * them, and a series that serves restricted commitments only is, for them, not there at all.
 * Who may change a meeting series and its meetings (docs/adr/0006): the working group (admin), or
 * an editor whose organisation is responsible for one of the series' commitments (as the commitment
 * events say) or is named in its organiser. Readers and integrators only read; every change needs a
 * token with the write scope too.
 */
@Component
public class SeriesAccess {

    private final AgendaCommitments agendaCommitments;

    SeriesAccess(AgendaCommitments agendaCommitments) {
        this.agendaCommitments = agendaCommitments;
    }

    /** Whether the caller may know of the series: it serves no commitment, or one the caller may see. */
    public boolean visible(Caller caller, MeetingSeries series) {
        if (caller.seesRestricted() || series.commitments().isEmpty()) {
            return true;
        }
        Set<String> hidden = hiddenFrom(caller, series.roadMapId(), series.commitments());
        return !hidden.containsAll(series.commitments());
    }

    /** @throws SeriesNotFoundException when the caller may not know of the series */
    public MeetingSeries requireVisible(Caller caller, MeetingSeries series) {
        if (!visible(caller, series)) {
            throw new SeriesNotFoundException(series.id());
        }
        return series;
    }

    /**
     * The series among {@code series} the caller may know of; when they were found by a commitment's
     * reference ({@code ?commitment=V.6}) that the caller may not know of, none.
     */
    public List<MeetingSeries> visibleOf(Caller caller, List<MeetingSeries> series, String commitmentReference) {
        if (caller.seesRestricted()) {
            return series;
        }
        return series.stream().filter(s -> visible(caller, s)).filter(s -> commitmentReference == null
                || hiddenFrom(caller, s.roadMapId(), List.of(commitmentReference)).isEmpty()).toList();
    }

    /**
     * Changes of the series' history as the caller may see them: for one who may not see restricted items, the
     * references to restricted commitments are left out of the lists they record (e.g. {@code commitments}).
     */
    public List<Change> historySeenBy(Caller caller, MeetingSeries series, List<Change> changes) {
        if (caller.seesRestricted()) {
            return changes;
        }
        Set<String> mentioned = new LinkedHashSet<>(series.commitments());
        changes.forEach(c -> {
            listed(c.before(), mentioned);
            listed(c.after(), mentioned);
        });
        Set<String> hidden = hiddenFrom(caller, series.roadMapId(), mentioned);
        if (hidden.isEmpty()) {
            return changes;
        }
        return changes.stream().map(c -> new Change(c.at(), c.by(), c.kind(), c.version(),
                without(c.before(), hidden), without(c.after(), hidden), c.request())).toList();
    }

    private static void listed(Map<String, Object> values, Set<String> into) {
        if (values != null) {
            values.values().forEach(v -> {
                if (v instanceof Collection<?> list) {
                    list.forEach(e -> into.add(String.valueOf(e)));
                }
            });
        }
    }

    private static Map<String, Object> without(Map<String, Object> values, Set<String> hidden) {
        if (values == null) {
            return null;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        values.forEach((key, v) -> kept.put(key, v instanceof Collection<?> list
                ? list.stream().filter(e -> !hidden.contains(String.valueOf(e))).toList() : v));
        return kept;
    }

    /** The references among {@code references} that the caller may not know of (restricted commitments). */
    public Set<String> hiddenFrom(Caller caller, String roadMapId, Collection<String> references) {
        if (caller.seesRestricted() || roadMapId == null || references == null || references.isEmpty()) {
            return Set.of();
        }
        return agendaCommitments.restrictedAmong(roadMapId, references);
    }

    /** @throws NotAllowedException unless the caller may change the series */
    public void requireChange(Caller caller, MeetingSeries series) {
        require(caller, series.id(), series.roadMapId(), series.organiser(), series.commitments());
    }

    /**
     * The same rule for a series being set up, by what it will be; and an editor sets it up to serve
     * only commitments its organisation answers for.
     */
    public void requireCreate(Caller caller, NewSeries series) {
        String seriesId = series.id() == null ? "the new series" : series.id();
        require(caller, seriesId, series.roadMapId(), series.organiser(), series.commitments());
        requireServed(caller, seriesId, series.roadMapId(), List.of(), series.commitments());
    }

    /**
     * A series serving a commitment lets its meetings write into that commitment's timeline, so an
     * editor adds to or removes from the commitments a series serves only those its organisation
     * answers for.
     *
     * @param proposed the commitments the series is to serve; {@code null} when unchanged
     * @throws NotAllowedException naming every other reference added or removed
     */
    public void requireServed(Caller caller, MeetingSeries series, Collection<String> proposed) {
        requireServed(caller, series.id(), series.roadMapId(), series.commitments(), proposed);
    }

    private void requireServed(Caller caller, String seriesId, String roadMapId, Collection<String> before,
            Collection<String> after) {
        if (caller.isAdmin() || after == null) {
            return;
        }
        Set<String> touched = new LinkedHashSet<>(after);
        touched.addAll(before);
        touched.removeIf(reference -> before.contains(reference) && after.contains(reference));
        List<String> refused = notAnsweredFor(caller, roadMapId, touched);
        if (!refused.isEmpty()) {
            throw new NotAllowedException("Editors add to or remove from the commitments a meeting series serves only those"
                    + " their organisation is responsible for: " + caller.organisation() + " may not add or remove "
                    + String.join(", ", refused) + " on " + seriesId + ".");
        }
    }

    /**
     * A meeting's agenda writes a "discussed at" entry into each commitment's timeline, so an editor
     * may name only the commitments the series serves and those its own organisation answers for.
     *
     * @throws NotAllowedException naming every other reference on the agenda
     */
    public void requireAgenda(Caller caller, MeetingSeries series, Collection<String> agenda) {
        if (caller.isAdmin() || agenda == null || agenda.isEmpty()) {
            return;
        }
        List<String> refused = notAnsweredFor(caller, series.roadMapId(),
                agenda.stream().filter(reference -> !series.commitments().contains(reference)).toList());
        if (!refused.isEmpty()) {
            throw new NotAllowedException("Editors put on a meeting's agenda only the commitments its series serves and"
                    + " those their organisation is responsible for: " + caller.organisation() + " may not record "
                    + String.join(", ", refused) + " as discussed at a meeting of " + series.id() + ".");
        }
    }

    private void require(Caller caller, String seriesId, String roadMapId, String organiser,
            Collection<String> commitments) {
        caller.requireWrite();
        if (caller.isAdmin()) {
            return;
        }
        if (!caller.isEditor()) {
            throw new NotAllowedException("Only editors and the working group change meeting series; this token may only read.");
        }
        String organisation = caller.organisation();
        boolean organises = organisation != null && organiser != null && organiser.contains(organisation);
        if (organises || responsibleForOneOf(organisation, roadMapId, commitments)) {
            return;
        }
        throw new NotAllowedException("Editors change only meeting series whose organiser names their organisation or"
                + " that serve a commitment their organisation is responsible for: " + organisation
                + " is neither for " + seriesId + ".");
    }

    /** Those of {@code references} whose commitment is unknown or not one the caller's organisation answers for. */
    private List<String> notAnsweredFor(Caller caller, String roadMapId, Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        Map<String, AgendaCommitment> known = agendaCommitments.resolve(roadMapId, references);
        return references.stream().distinct()
                .filter(reference -> known.get(reference) == null
                        || !known.get(reference).responsibleOrganisations().contains(caller.organisation()))
                .toList();
    }

    private boolean responsibleForOneOf(String organisation, String roadMapId, Collection<String> references) {
        if (organisation == null || roadMapId == null || references == null || references.isEmpty()) {
            return false;
        }
        List<AgendaCommitment> known = List.copyOf(agendaCommitments.resolve(roadMapId, references).values());
        return known.stream().anyMatch(c -> c.responsibleOrganisations().contains(organisation));
    }
}
