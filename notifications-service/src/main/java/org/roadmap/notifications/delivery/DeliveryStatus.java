package org.roadmap.notifications.delivery;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** being sent (or interrupted by a crash: sent again when its alert is fired again) */
    PENDING,
    /** the channel took it */
    SENT,
    /** every attempt failed, or the channel refused it; visible in the API and published */
    FAILED
}
