package org.roadmap.notifications.alert;

import java.time.Instant;

import org.roadmap.notifications.recipient.Recipient;

/** Where a due alert goes: the recipient's channels (implemented by the delivery feature). */
public interface AlertDispatch {

    /**
     * Delivers {@code alert} to every channel of {@code recipient}, once per channel whatever is
     * retried (deliveries are keyed by alert, occurrence and channel). Returns when each channel
     * has succeeded or finally failed.
     *
     * @param late the alert fires after its due time (the service was down): messages say so
     */
    void dispatch(Alert alert, Recipient recipient, boolean late, Instant now);

    /** A due alert with its recipient, as handed over in bulk. */
    record Due(Alert alert, Recipient recipient, boolean late) {
    }

    /**
     * Delivers many due alerts at once, with the same guarantees as {@link #dispatch} for each: writes
     * that can be batched (in-app items, their deliveries and events) are.
     */
    default void dispatchAll(java.util.List<Due> due, Instant now) {
        due.forEach(d -> dispatch(d.alert(), d.recipient(), d.late(), now));
    }
}
