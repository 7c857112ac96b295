package org.roadmap.launcher;

import java.time.Duration;

/**
 * How the launcher restarts a service that exits on its own once the platform is up ({@code --restart-*}): after
 * {@code firstDelay}, doubled with each exit up to {@code maxDelay}, so a service that cannot start is not
 * restarted in a busy loop; after more than {@code limit} exits within {@code window} it gives up on that service
 * and the others run on. Exits older than the window are forgotten, so a service that stayed up that long starts
 * again from the first delay.
 *
 * @param limit restarts allowed within the window; 0 never restarts
 */
record RestartPolicy(Duration firstDelay, Duration maxDelay, int limit, Duration window) {

    /** One second doubled up to half a minute, five restarts in five minutes: a few seconds of CPU each at most. */
    static final RestartPolicy DEFAULT = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 5,
            Duration.ofMinutes(5));

    RestartPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("--restart-delay must be more than 0 s.");
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("--restart-max-delay must be at least --restart-delay.");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("--restart-limit must be 0 or more, not " + limit + ".");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("--restart-window must be more than 0 s.");
        }
    }

    /** The wait before the restart that follows the {@code exits}-th exit within the window (1 for the first). */
    Duration delay(int exits) {
        Duration delay = firstDelay;
        for (int i = 1; i < exits && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }
}
