package org.roadmap.identity.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed attempts per key in fixed windows, in this replica's memory: enough for the one issuer of
 * the embedded default; several replicas would each allow their own share.
 */
final class FailedAttempts {

    private record Window(Instant start, int failures) {
    }

    private final ThrottleProperties limits;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    FailedAttempts(ThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long the key is still refused, if it has used up its failures. */
    Optional<Duration> refusedFor(String key) {
        Window window = windows.get(key);
        Instant now = clock.instant();
        if (window == null || window.failures() < limits.maxFailures()) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, window.start().plus(limits.window()));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    void failed(String key) {
        Instant now = clock.instant();
        if (windows.size() >= limits.maxTracked()) {
            forgetPassedWindows(now);
        }
        if (windows.size() < limits.maxTracked() || windows.containsKey(key)) {
            windows.compute(key, (k, window) -> window == null || !now.isBefore(window.start().plus(limits.window()))
                    ? new Window(now, 1) : new Window(window.start(), window.failures() + 1));
        }
    }

    void succeeded(String key) {
        windows.remove(key);
    }

    private void forgetPassedWindows(Instant now) {
        windows.values().removeIf(window -> !now.isBefore(window.start().plus(limits.window())));
    }
}
