package org.roadmap.commitments.roadmap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roadmap.commitments.commitment.Annotation;
import org.roadmap.commitments.commitment.Cadence;
import org.roadmap.commitments.commitment.NewCommitment;
import org.roadmap.commitments.commitment.ResponsibleEntity;
import org.roadmap.commitments.commitment.Suggestions;
import org.roadmap.commitments.roadmap.suggestion.Suggester;

/**
 * A newly imported item as a commitment whose structure is suggested, for a person to confirm or
 * correct: the values the {@link Suggester} read out of its text, with the suggestions (words of the
 * text, confidence) kept beside them. Responsible entities are those of the parties; a body of
 * neither (an international organisation) stays among the suggestions only.
 */
final class CommitmentSuggestions {

    private CommitmentSuggestions() {
    }

    /** With the gazetteer and countries shipped with the service. */
    static NewCommitment suggest(String roadMapId, RoadMapDocument.Pillar pillar, RoadMapDocument.Item item,
            LocalDate signedOn, List<RoadMap.Party> parties) {
        return suggest(roadMapId, pillar, item, signedOn, parties, Suggester.shipped());
    }

    static NewCommitment suggest(String roadMapId, RoadMapDocument.Pillar pillar, RoadMapDocument.Item item,
            LocalDate signedOn, List<RoadMap.Party> parties, Suggester suggester) {
        Suggestions s = suggester.suggest(item.text(), signedOn, parties.stream().map(RoadMap.Party::country).toList());
        Map<String, ResponsibleEntity> entities = new LinkedHashMap<>();
        s.responsibleEntities().stream().filter(e -> e.country() != null)
                .forEach(e -> entities.putIfAbsent(e.name() + "|" + e.country(),
                        new ResponsibleEntity(e.name(), e.country(), e.role())));
        return new NewCommitment(roadMapId, pillar.numeral(), item.number(), s.title().value(), item.text(),
                List.copyOf(entities.values()), Cadence.ofCode(s.cadence().value()),
                s.venue() == null ? null : s.venue().value(),
                s.meetingSeries() == null ? null : s.meetingSeries().id(),
                s.deadline() == null ? null : LocalDate.parse(s.deadline().value()), false, 1.0, Annotation.SUGGESTED, s);
    }
}
