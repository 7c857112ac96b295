package org.roadmap.commitments.commitment;

/** Where a commitment's structure (entities, cadence, deadline, meetings) comes from. */
public enum Annotation {

    /** From the reviewed annotation file shipped beside the road map's text. */
    CURATED("curated"),
    /** Derived by rules from the text of a newly imported road map; a person has yet to confirm it. */
    SUGGESTED("suggested"),
    /** Suggested, then reviewed and confirmed by a person. */
    CONFIRMED("confirmed"),
    /** Registered by hand. */
    MANUAL("manual");

    private final String code;

    Annotation(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
