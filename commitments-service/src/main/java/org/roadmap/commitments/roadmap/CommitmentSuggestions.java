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
import org.roadmap.commitments.commitment.Suggestions.SuggestedSeries;
import org.roadmap.commitments.roadmap.suggestion.Suggester;
import org.roadmap.events.ListLimits;
import org.roadmap.events.TextLimits;

/**
 * A newly imported item as a commitment whose structure is suggested, for a person to confirm or
 * correct: the values the {@link Suggester} read out of its text, with the suggestions (words of the
 * text, confidence) kept beside them. Responsible entities are those of the parties; a body of
 * neither (an international organisation) stays among the suggestions only. A suggested meeting
 * series' id ends with the road map's own suffix: meeting series ids are shared by every road map
 * meetings-service holds, and two road maps may well both have a "joint committee".
 */
final class CommitmentSuggestions {

    private CommitmentSuggestions() {
    }

    /** With the gazetteer and countries shipped with the service. */
    static NewCommitment suggest(String roadMapId, RoadMapDocument.Pillar pillar, RoadMapDocument.Item item,
            LocalDate signedOn, List<RoadMap.Party> parties) {
        return suggest(roadMapId, null, pillar, item, signedOn, parties, Suggester.shipped());
    }

    /** @param seriesSuffix appended to a suggested meeting series' id; none when {@code null} */
    static NewCommitment suggest(String roadMapId, String seriesSuffix, RoadMapDocument.Pillar pillar,
            RoadMapDocument.Item item, LocalDate signedOn, List<RoadMap.Party> parties, Suggester suggester) {
        Suggestions s = scoped(suggester.suggest(item.text(), signedOn,
                parties.stream().map(RoadMap.Party::country).toList()), seriesSuffix);
        Map<String, ResponsibleEntity> entities = new LinkedHashMap<>();
        // a body worded at more length than the API takes as a name is no name (and the other services refuse it)
        s.responsibleEntities().stream()
                .filter(e -> e.country() != null && e.name().length() <= TextLimits.ENTITY_NAME)
                .forEach(e -> entities.putIfAbsent(e.name() + "|" + e.country(),
                        new ResponsibleEntity(e.name(), e.country(), e.role())));
        // as many as the API takes, the first named first
        return new NewCommitment(roadMapId, pillar.numeral(), item.number(), s.title().value(), item.text(),
                entities.values().stream().limit(ListLimits.RESPONSIBLE_ENTITIES).toList(),
                Cadence.ofCode(s.cadence().value()),
                s.venue() == null ? null : s.venue().value(),
                s.meetingSeries() == null ? null : s.meetingSeries().id(),
                s.deadline() == null ? null : LocalDate.parse(s.deadline().value()), false, 1.0, Annotation.SUGGESTED, s);
    }

    private static Suggestions scoped(Suggestions s, String seriesSuffix) {
        SuggestedSeries series = s.meetingSeries();
        if (series == null || seriesSuffix == null) {
            return s;
        }
        // ids are at most 100 characters, as a person may write them
        String base = series.id().length() > 90 ? series.id().substring(0, 90).replaceAll("-+$", "") : series.id();
        SuggestedSeries scoped = new SuggestedSeries(base + "-" + seriesSuffix, series.name(), series.cadence(),
                series.venue(), series.hosts(), series.evidence(), series.confidence());
        return new Suggestions(s.title(), s.cadence(), s.venue(), s.deadline(), scoped, s.responsibleEntities());
    }
}
