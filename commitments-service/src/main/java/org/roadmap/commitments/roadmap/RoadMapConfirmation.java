package org.roadmap.commitments.roadmap;

import java.util.ArrayList;
import java.util.List;

import org.roadmap.commitments.commitment.Annotation;
import org.roadmap.commitments.commitment.Commitment;
import org.roadmap.commitments.commitment.CommitmentManagement;
import org.roadmap.commitments.commitment.CommitmentUpdate;
import org.roadmap.platform.aggregate.StaleVersionException;
import org.springframework.stereotype.Service;

/**
 * Confirms every commitment of an imported road map whose structure is still suggested, at once: each
 * as its own write, exactly as {@code PATCH … {"confirmed": true}} would (its corrections recorded
 * against the suggestions, its meeting series offered, unknown bodies learned). One changed by
 * someone else meanwhile is read again and confirmed as it now is.
 */
@Service
public class RoadMapConfirmation {

    private static final CommitmentUpdate CONFIRM = new CommitmentUpdate(null, null, null, null, null, null, null, null,
            true);

    private final RoadMapCatalogue catalogue;
    private final CommitmentManagement commitments;

    RoadMapConfirmation(RoadMapCatalogue catalogue, CommitmentManagement commitments) {
        this.catalogue = catalogue;
        this.commitments = commitments;
    }

    /**
     * @param confirmed        references of the commitments this request confirmed, in reference order
     * @param alreadyConfirmed how many a person had confirmed before
     * @param notSuggested     how many never had suggested structure (curated or registered by hand)
     */
    public record ConfirmedRoadMap(String roadMapId, List<String> confirmed, int alreadyConfirmed, int notSuggested) {
    }

    public ConfirmedRoadMap confirmAll(String roadMapId, String actor) {
        RoadMap roadMap = catalogue.get(roadMapId);
        List<String> confirmed = new ArrayList<>();
        int already = 0;
        int notSuggested = 0;
        for (Commitment c : commitments.ofRoadMap(roadMap.id())) {
            switch (c.annotation()) {
                case SUGGESTED -> {
                    if (confirm(c, actor)) {
                        confirmed.add(c.reference());
                    } else {
                        already++;
                    }
                }
                case CONFIRMED -> already++;
                default -> notSuggested++;
            }
        }
        return new ConfirmedRoadMap(roadMap.id(), confirmed, already, notSuggested);
    }

    /** False when someone else confirmed it meanwhile. */
    private boolean confirm(Commitment c, String actor) {
        try {
            return commitments.update(c, c.version(), CONFIRM, actor).version() > c.version();
        } catch (StaleVersionException changedMeanwhile) {
            Commitment now = commitments.find(c.id()).orElseThrow();
            return now.annotation() == Annotation.SUGGESTED
                    && commitments.update(now, now.version(), CONFIRM, actor).version() > now.version();
        }
    }
}
