package org.roadmap.notifications.delivery;

import java.util.List;

/**
 * What a channel made of a delivery.
 *
 * @param reason machine-readable failure code (no personal data), null when sent
 */
public record Outcome(boolean sent, List<Attempt> attempts, String reason) {

    public static Outcome sent(Attempt attempt) {
        return new Outcome(true, List.of(attempt), null);
    }

    public static Outcome failed(List<Attempt> attempts, String reason) {
        return new Outcome(false, attempts, reason);
    }
}
