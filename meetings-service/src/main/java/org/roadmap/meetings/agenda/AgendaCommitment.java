package org.roadmap.meetings.agenda;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A commitment that agendas can link to, labelled by its reference and title.
 *
 * @param meetingSeries            the meeting series the commitment implies, if commitments-service knows one
 * @param responsibleOrganisations names of its responsible entities, for who may change the series serving it
 * @param restricted               as the commitment's events say; absent (kept before the projection carried it)
 *                                 counts as restricted until the commitment's next event says otherwise
 */
@Document("agenda_commitments")
@CompoundIndex(name = "road_map_reference", def = "{'roadMapId': 1, 'reference': 1}")
public record AgendaCommitment(@Id String id, String roadMapId, String reference, String title, String meetingSeries,
        List<String> responsibleOrganisations, Boolean restricted, String lastEventId, Instant updatedAt) {

    public AgendaCommitment {
        // kept before the projection carried organisations: filled in by the commitment's next event
        responsibleOrganisations = responsibleOrganisations == null ? List.of() : List.copyOf(responsibleOrganisations);
    }

    /** Whether only callers who see restricted items ({@code Caller#sees}) may learn of it. */
    public boolean isRestricted() {
        return !Boolean.FALSE.equals(restricted);
    }

    /** How agendas show the link, e.g. {@code I.2 Hold biennial meetings of the Political Dialogue Mechanism}. */
    public String label() {
        return reference + " " + title;
    }
}
