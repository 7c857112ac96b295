package org.roadmap.notifications.alert;

/** Where an alert stands. Replaced alerts are deleted; these are the states of the ones kept. */
public enum AlertStatus {
    /** waiting for its due time */
    PENDING,
    /** delivered to every channel of the recipient (or added to their digest) */
    FIRED,
    /** missed while the service was down, and a later step of the same subject is due too: only that one is sent */
    SUPERSEDED,
    /** its subject changed or its recipient is gone by the time it came due */
    CANCELLED
}
