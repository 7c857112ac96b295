package org.roadmap.meetings.agenda;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.roadmap.events.EventEnvelope;
import org.roadmap.events.commitment.CommitmentRegistered;
import org.roadmap.events.commitment.CommitmentUpdated;
import org.roadmap.events.commitment.ResponsibleEntity;
import org.roadmap.platform.messaging.KeptFields;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps the agenda commitments current (labels, responsible entities, whether restricted) and
 * resolves road map references ({@code I.2}) to commitment ids. Upserts, so an event applied twice
 * changes nothing; an event whose title or entity names are longer, or whose entities more, than commitments-service
 * takes is refused ({@link KeptFields}).
 */
@Service
public class AgendaCommitments {

    private final MongoTemplate mongo;
    private final Clock clock;

    AgendaCommitments(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void registered(EventEnvelope event, CommitmentRegistered registered) {
        KeptFields.commitment(registered.title(), registered.responsibleEntities());
        mongo.upsert(new Query(where("_id").is(registered.commitmentId())), new Update()
                .set("roadMapId", registered.roadMapId())
                .set("reference", registered.reference())
                .set("title", registered.title())
                .set("meetingSeries", registered.meetingSeries())
                .set("responsibleOrganisations", names(registered.responsibleEntities()))
                .set("restricted", registered.restricted())
                .set("lastEventId", event.id())
                .set("updatedAt", clock.instant()), AgendaCommitment.class);
    }

    /** A renamed commitment keeps its links; only its label changes. */
    public void updated(EventEnvelope event, CommitmentUpdated updated) {
        KeptFields.commitment(updated.title(), updated.responsibleEntities());
        mongo.upsert(new Query(where("_id").is(updated.commitmentId())), new Update()
                .set("roadMapId", updated.roadMapId())
                .set("reference", updated.reference())
                .set("title", updated.title())
                .set("responsibleOrganisations", names(updated.responsibleEntities()))
                .set("restricted", updated.restricted())
                .set("lastEventId", event.id())
                .set("updatedAt", clock.instant()), AgendaCommitment.class);
    }

    public Optional<AgendaCommitment> find(String commitmentId) {
        return Optional.ofNullable(mongo.findById(commitmentId, AgendaCommitment.class));
    }

    /**
     * The known commitments among {@code references} of a road map, by reference, in the order of
     * {@code references} (an agenda's order, whatever order storage returns them in); unknown ones are missing.
     */
    public Map<String, AgendaCommitment> resolve(String roadMapId, Collection<String> references) {
        Map<String, AgendaCommitment> found = new LinkedHashMap<>();
        if (references.isEmpty()) {
            return found;
        }
        Map<String, AgendaCommitment> byReference = new LinkedHashMap<>();
        mongo.find(new Query(where("roadMapId").is(roadMapId).and("reference").in(references)), AgendaCommitment.class)
                .forEach(c -> byReference.putIfAbsent(c.reference(), c));
        references.forEach(reference -> {
            AgendaCommitment known = byReference.get(reference);
            if (known != null) {
                found.putIfAbsent(reference, known);
            }
        });
        return found;
    }

    /** The references among {@code references} of a road map whose commitments are restricted. */
    public Set<String> restrictedAmong(String roadMapId, Collection<String> references) {
        return resolve(roadMapId, references).values().stream().filter(AgendaCommitment::isRestricted)
                .map(AgendaCommitment::reference).collect(Collectors.toSet());
    }

    private static List<String> names(List<ResponsibleEntity> entities) {
        return entities == null ? List.of() : entities.stream().map(ResponsibleEntity::name).toList();
    }
}
