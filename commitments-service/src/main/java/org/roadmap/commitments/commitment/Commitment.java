package org.roadmap.commitments.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One numbered commitment of a road map, e.g. II.7 of the Japan–Peru Road Map.
 *
 * @param version incremented on every change; the ETag clients send back in {@code If-Match}
 */
@Document("commitments")
@CompoundIndex(name = "road_map_reference", def = "{'roadMapId': 1, 'reference': 1}", unique = true)
public record Commitment(
        @Id String id,
        String roadMapId,
        String reference,
        String pillar,
        int number,
        String title,
        String text,
        List<ResponsibleEntity> responsibleEntities,
        LocalDate deadline,
        boolean restricted,
        long version,
        Instant registeredAt,
        String registeredBy) {

    static Commitment register(String roadMapId, String pillar, int number, String title, String text,
            List<ResponsibleEntity> responsibleEntities, LocalDate deadline, boolean restricted, Instant now,
            String actor) {
        return new Commitment(UUID.randomUUID().toString(), roadMapId, pillar + "." + number, pillar, number, title,
                text, List.copyOf(responsibleEntities), deadline, restricted, 1, now, actor);
    }
}
