package org.roadmap.platform.outbox;

/** Names of the outbox fields inside aggregate documents. */
final class Outbox {

    /** Pending events, in the order they must be published. */
    static final String FIELD = "outbox";

    /** Present and true while {@link #FIELD} is not empty: a cheap, indexable marker for the relay. */
    static final String PENDING = "outboxPending";

    private Outbox() {
    }
}
