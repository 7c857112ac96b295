package org.roadmap.commitments.commitment;

import org.roadmap.platform.aggregate.ChangeKind;

/** What a change to a commitment can be; the codes are what its history stores. */
public enum CommitmentChangeKind implements ChangeKind {

    REGISTERED("registered"),
    /** its wording, entities, restriction, weight, cadence, venue or meeting series */
    UPDATED("updated"),
    DEADLINE_CHANGED("deadline-changed"),
    /** a side's report, or an entry of every side from a meeting held */
    PROGRESS_REPORTED("progress-reported"),
    LEVEL_CHANGED("level-changed"),
    HEALTH_CHANGED("health-changed"),
    MILESTONE_ADDED("milestone-added"),
    MILESTONE_CHANGED("milestone-changed"),
    /** a person confirmed its suggested structure: what they corrected, and the meeting series it offers */
    CONFIRMED("confirmed");

    private final String code;

    CommitmentChangeKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
