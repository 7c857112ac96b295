package org.roadmap.commitments.commitment;

import jakarta.annotation.Nullable;

/**
 * What a person's confirmation of a suggested structure brings beyond the commitment itself: the
 * meeting series it offers, stored and published with the confirmation, and what the suggestions
 * learn from it once stored. Implemented where road maps are known.
 */
public interface Confirmations {

    /** The meeting series {@code confirmed} implies, to offer to meetings-service; {@code null} when none. */
    @Nullable
    CommitmentChanges.OfferedSeries seriesOf(Commitment confirmed);

    /** Called once the confirmation is stored; what it teaches must be safe to learn twice. */
    void learnFrom(Commitment confirmed);
}
