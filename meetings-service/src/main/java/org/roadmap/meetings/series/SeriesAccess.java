package org.roadmap.meetings.series;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.roadmap.meetings.agenda.AgendaCommitment;
import org.roadmap.meetings.agenda.AgendaCommitments;
import org.roadmap.platform.security.Caller;
import org.roadmap.platform.security.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Who may change a meeting series and its meetings (docs/adr/0006): the working group (admin), or
 * an editor whose organisation is responsible for one of the series' commitments (as the commitment
 * events say) or is named in its organiser. Readers and integrators only read.
 */
@Component
public class SeriesAccess {

    private final AgendaCommitments agendaCommitments;

    SeriesAccess(AgendaCommitments agendaCommitments) {
        this.agendaCommitments = agendaCommitments;
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
        Map<String, AgendaCommitment> known = agendaCommitments.resolve(series.roadMapId(), agenda);
        List<String> refused = agenda.stream().distinct()
                .filter(reference -> !series.commitments().contains(reference))
                .filter(reference -> known.get(reference) == null
                        || !known.get(reference).responsibleOrganisations().contains(caller.organisation()))
                .toList();
        if (!refused.isEmpty()) {
            throw new NotAllowedException("Editors put on a meeting's agenda only the commitments its series serves and"
                    + " those their organisation is responsible for: " + caller.organisation() + " may not record "
                    + String.join(", ", refused) + " as discussed at a meeting of " + series.id() + ".");
        }
    }

    private void require(Caller caller, String seriesId, String roadMapId, String organiser,
            Collection<String> commitments) {
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
