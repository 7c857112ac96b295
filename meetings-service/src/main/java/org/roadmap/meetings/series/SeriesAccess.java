package org.roadmap.meetings.series;

import java.util.Collection;
import java.util.List;
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

    /** The same rule for a series being set up, by what it will be. */
    public void requireCreate(Caller caller, NewSeries series) {
        require(caller, series.id() == null ? "the new series" : series.id(), series.roadMapId(), series.organiser(),
                series.commitments());
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

    private boolean responsibleForOneOf(String organisation, String roadMapId, Collection<String> references) {
        if (organisation == null || roadMapId == null || references == null || references.isEmpty()) {
            return false;
        }
        List<AgendaCommitment> known = List.copyOf(agendaCommitments.resolve(roadMapId, references).values());
        return known.stream().anyMatch(c -> c.responsibleOrganisations().contains(organisation));
    }
}
