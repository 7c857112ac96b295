package org.roadmap.meetings.agenda;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A commitment that agendas can link to, labelled by its reference and title. */
@Document("agenda_commitments")
public record AgendaCommitment(@Id String id, String roadMapId, String reference, String title, String lastEventId,
        Instant updatedAt) {

    /** How agendas show the link, e.g. {@code I.2 Hold biennial meetings of the Political Dialogue Mechanism}. */
    public String label() {
        return reference + " " + title;
    }
}
