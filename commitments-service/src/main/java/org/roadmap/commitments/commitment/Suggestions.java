package org.roadmap.commitments.commitment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.Nullable;

/**
 * Why an imported commitment's structure is what it is: for each field the import suggested, the
 * words of the road map's text it came from and how sure the rules are. Kept on the commitment
 * beside the values it holds, so a person confirming the commitment sees the reasons, and a
 * correction can be told apart from a confirmation (the suggested value against the confirmed one).
 * A field absent here was not found in the text: nothing was suggested for it.
 *
 * @param title               a title read as one (the item's opening noun phrase)
 * @param cadence             {@code one-off}, {@code annual}, {@code biennial}, {@code periodic} or {@code ongoing}
 * @param venue               {@code alternating} or {@code fixed}
 * @param deadline            an ISO date, e.g. {@code 2025-11-17}
 * @param meetingSeries       the recurring meeting the item implies, to be offered to meetings-service once confirmed
 * @param responsibleEntities the bodies the text names (or, with no evidence, those inferred for a side it names nobody for)
 */
public record Suggestions(@Nullable Suggestion title, @Nullable Suggestion cadence, @Nullable Suggestion venue,
        @Nullable Suggestion deadline, @Nullable SuggestedSeries meetingSeries,
        List<SuggestedEntity> responsibleEntities) {

    public Suggestions {
        responsibleEntities = responsibleEntities == null ? List.of() : List.copyOf(responsibleEntities);
    }

    /**
     * The fields of {@code confirmed} a person changed from what was suggested, in the order the API lists
     * them; responsible entities compare as the set of bodies and their countries, each written
     * {@code name (country)}.
     */
    public List<CommitmentChanges.Correction> correctionsIn(Commitment confirmed) {
        List<CommitmentChanges.Correction> corrections = new ArrayList<>();
        compare(corrections, "title", value(title), confirmed.title());
        Set<String> suggested = new LinkedHashSet<>();
        responsibleEntities.stream().filter(e -> e.country() != null)
                .forEach(e -> suggested.add(e.name() + " (" + e.country() + ")"));
        Set<String> kept = new LinkedHashSet<>();
        confirmed.responsibleEntities().forEach(e -> kept.add(e.name() + " (" + e.country() + ")"));
        if (!suggested.equals(kept)) {
            corrections.add(new CommitmentChanges.Correction("responsibleEntities", List.copyOf(suggested),
                    List.copyOf(kept)));
        }
        compare(corrections, "cadence", value(cadence), confirmed.cadence() == null ? null : confirmed.cadence().code());
        compare(corrections, "venue", value(venue), confirmed.venue());
        compare(corrections, "meetingSeries", meetingSeries == null ? null : meetingSeries.id(), confirmed.meetingSeries());
        compare(corrections, "deadline", value(deadline),
                confirmed.deadline() == null ? null : confirmed.deadline().toString());
        return corrections;
    }

    private static void compare(List<CommitmentChanges.Correction> corrections, String field, String suggested,
            String confirmed) {
        if (!Objects.equals(suggested, confirmed)) {
            corrections.add(new CommitmentChanges.Correction(field, suggested, confirmed));
        }
    }

    private static String value(Suggestion suggestion) {
        return suggestion == null ? null : suggestion.value();
    }

    /**
     * One suggested value.
     *
     * @param value      the value as the API writes it (a code, an ISO date, a title)
     * @param evidence   the exact words of the text it came from; absent where it is a default
     * @param confidence in [0, 1], by the rule that found it: higher for rules that are more often right
     *                   (a gazetteer name 0.95, an acronym 0.85, a functional description 0.6, a body found by
     *                   its wording 0.5, a remit at most 0.5, a default 0.3); set by hand, not yet calibrated
     * @param basis      how it was found: {@code text} (the wording), {@code label} (a labelled cell
     *                   such as {@code Deadline:}), {@code gazetteer}, {@code pattern}, {@code remit}
     *                   (the subject matches a body's remit) or {@code default}
     */
    public record Suggestion(String value, @Nullable String evidence, double confidence, String basis) {
    }

    /**
     * A responsible entity suggested for the commitment.
     *
     * @param country  ISO 3166-1 alpha-2 of the party it belongs to; absent for a body of neither
     *                 party (an international organisation), which is shown but not made responsible
     * @param acronym  as the text or the gazetteer writes it, e.g. {@code MAFF}
     * @param gazetteerId the gazetteer entry it was recognised by; absent for a body found by pattern only
     */
    public record SuggestedEntity(String name, @Nullable String acronym, @Nullable String country, String role,
            @Nullable String gazetteerId, @Nullable String evidence, double confidence, String basis) {
    }

    /**
     * A meeting series the item implies.
     *
     * @param id      kebab-case id shared with meetings-service, e.g. {@code political-dialogue-mechanism}
     * @param name    what to call its meetings
     * @param hosts   the capitals that host it in turn (alternating), or the one that does (fixed)
     */
    public record SuggestedSeries(String id, String name, String cadence, @Nullable String venue, List<String> hosts,
            @Nullable String evidence, double confidence) {

        public SuggestedSeries {
            hosts = hosts == null ? List.of() : List.copyOf(hosts);
        }
    }
}
