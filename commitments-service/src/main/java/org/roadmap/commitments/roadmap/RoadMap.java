package org.roadmap.commitments.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An imported road map: its header and pillars. Its commitments are separate aggregates.
 *
 * @param digest    SHA-256 of the document's content (header, pillars and items as parsed), so the
 *                  same document imported again, even with other line ends or spacing, is recognised
 * @param annotated its commitments' structure comes from a reviewed annotation file
 */
@Document("road_maps")
public record RoadMap(
        @Id String id,
        String title,
        String name,
        String place,
        LocalDate signedOn,
        String source,
        @Indexed(unique = true) String digest,
        List<Party> parties,
        List<PillarInfo> pillars,
        int commitments,
        boolean annotated,
        Instant importedAt,
        String importedBy) {

    /** A signatory, e.g. {@code JP}, Japan, {@code Asia/Tokyo}; the zone is absent where not annotated. */
    public record Party(String country, String name, String zone) {
    }

    public record PillarInfo(String numeral, int number, String title, int commitments) {
    }
}
