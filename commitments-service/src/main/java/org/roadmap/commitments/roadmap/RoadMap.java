package org.roadmap.commitments.roadmap;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.roadmap.commitments.roadmap.suggestion.SuggestedParty;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An imported road map: its header and pillars. Its commitments are separate aggregates.
 *
 * @param digest    SHA-256 of the document's content (header, pillars and items as parsed), so the
 *                  same document imported again, even with other line ends or spacing, is recognised
 * @param annotated its commitments' structure comes from a reviewed annotation file
 * @param suggestedParties for a road map imported without annotations: its parties as recognised in
 *                  the text, with their capitals and zones and the words naming them
 */
@Document("road_maps")
public record RoadMap(
        @Id String id,
        String title,
        String name,
        String place,
        LocalDate signedOn,
        @Nullable String source,
        @Indexed(unique = true) String digest,
        List<Party> parties,
        List<PillarInfo> pillars,
        int commitments,
        boolean annotated,
        Instant importedAt,
        String importedBy,
        @Nullable List<SuggestedParty> suggestedParties) {

    /** The road map with its counts less {@code hidden} commitments by pillar numeral (restricted ones, for some callers). */
    public RoadMap countingOut(Map<String, Integer> hidden) {
        if (hidden.isEmpty()) {
            return this;
        }
        int total = hidden.values().stream().mapToInt(Integer::intValue).sum();
        List<PillarInfo> counted = pillars.stream().map(p -> new PillarInfo(p.numeral(), p.number(), p.title(),
                Math.max(0, p.commitments() - hidden.getOrDefault(p.numeral(), 0)))).toList();
        return new RoadMap(id, title, name, place, signedOn, source, digest, parties, counted,
                Math.max(0, commitments - total), annotated, importedAt, importedBy, suggestedParties);
    }

    /** A signatory, e.g. {@code JP}, Japan, {@code Asia/Tokyo}; the zone is absent where not annotated. */
    public record Party(String country, String name, @Nullable String zone) {
    }

    public record PillarInfo(String numeral, int number, String title, int commitments) {
    }
}
