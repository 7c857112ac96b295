package org.roadmap.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** When one service exited on its own within the {@linkplain RestartPolicy restart window}, oldest first. */
final class ServiceExits {

    private final RestartPolicy policy;
    private final Deque<Instant> exits = new ArrayDeque<>();

    ServiceExits(RestartPolicy policy) {
        this.policy = policy;
    }

    /**
     * Counts an exit at {@code at}.
     *
     * @return how long to wait before restarting the service; empty when it exited too often to try again
     */
    synchronized Optional<Duration> exited(Instant at) {
        exits.addLast(at);
        Instant forgotten = at.minus(policy.window());
        while (!exits.getFirst().isAfter(forgotten)) {
            exits.removeFirst();
        }
        return exits.size() > policy.limit() ? Optional.empty() : Optional.of(policy.delay(exits.size()));
    }

    /** The exits within the window, the last counted included. */
    synchronized int count() {
        return exits.size();
    }
}
