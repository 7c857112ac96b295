package org.roadmap.commitments.roadmap.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Nullable;
import org.roadmap.commitments.commitment.Annotation;
import org.roadmap.commitments.commitment.Suggestions;
import org.roadmap.commitments.roadmap.RoadMap;
import org.roadmap.commitments.roadmap.RoadMapImport;
import org.roadmap.commitments.roadmap.suggestion.SuggestedParty;

/**
 * The answer to an import: the road map, as {@code GET /api/v1/road-maps/{id}} shows it, and what the
 * import suggested for each commitment still to be confirmed, with the words of the text behind each
 * value and a confidence, so a person sees at once what to check.
 *
 * @param suggestedParties the parties as recognised in the text, with their capitals and zones
 * @param suggestions      one per commitment whose structure is suggested, in text order; empty for a
 *                         road map imported with its reviewed annotations
 */
record ImportedRoadMap(
        String id,
        String title,
        String name,
        String place,
        LocalDate signedOn,
        @Nullable String source,
        String digest,
        List<RoadMap.Party> parties,
        List<RoadMap.PillarInfo> pillars,
        int commitments,
        boolean annotated,
        Instant importedAt,
        String importedBy,
        @Nullable List<SuggestedParty> suggestedParties,
        List<SuggestedCommitment> suggestions) {

    /**
     * @param id          the commitment's id, for {@code PATCH /api/v1/commitments/{id}}
     * @param reference   e.g. {@code III.1}
     * @param suggestions each suggested field with its evidence and confidence
     */
    record SuggestedCommitment(String id, String reference, String title, Suggestions suggestions) {
    }

    static ImportedRoadMap of(RoadMapImport.Imported imported) {
        RoadMap r = imported.roadMap();
        List<SuggestedCommitment> suggestions = imported.commitments().stream()
                .filter(c -> c.annotation() == Annotation.SUGGESTED && c.suggestions() != null)
                .map(c -> new SuggestedCommitment(c.id(), c.reference(), c.title(), c.suggestions()))
                .toList();
        return new ImportedRoadMap(r.id(), r.title(), r.name(), r.place(), r.signedOn(), r.source(), r.digest(),
                r.parties(), r.pillars(), r.commitments(), r.annotated(), r.importedAt(), r.importedBy(),
                r.suggestedParties(), suggestions);
    }
}
