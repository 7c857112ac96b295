package org.roadmap.meetings.agenda;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A commitment that agendas can link to, labelled by its reference and title.
 *
 * @param meetingSeries the meeting series the commitment implies, if commitments-service knows one
 */
@Document("agenda_commitments")
@CompoundIndex(name = "road_map_reference", def = "{'roadMapId': 1, 'reference': 1}")
public record AgendaCommitment(@Id String id, String roadMapId, String reference, String title, String meetingSeries,
        String lastEventId, Instant updatedAt) {

    /** How agendas show the link, e.g. {@code I.2 Hold biennial meetings of the Political Dialogue Mechanism}. */
    public String label() {
        return reference + " " + title;
    }
}
