package org.roadmap.launcher;

import org.slf4j.event.Level;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * What the launcher did about a service that exited on its own once the platform was up: each is a line of its
 * console, and tests listen to them.
 */
sealed interface ServiceEvent {

    String service();

    Level level();

    String message();

    /** It exited and will start again after {@code delay}. */
    record Restarting(String service, int exitCode, Path log, int attempt, RestartPolicy policy, Duration delay,
            Instant at) implements ServiceEvent {

        @Override
        public Level level() {
            return Level.WARN;
        }

        @Override
        public String message() {
            return "%s exited with code %d (see %s); restarting it in %s, at %s (restart %d of at most %d within %s)"
                    .formatted(service, exitCode, log, seconds(delay),
                            LocalTime.ofInstant(at, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS), attempt,
                            policy.limit(), seconds(policy.window()));
        }
    }

    /** Restarted, it answers its readiness probe again. */
    record Ready(String service, int attempt, Duration after) implements ServiceEvent {

        @Override
        public Level level() {
            return Level.INFO;
        }

        @Override
        public String message() {
            return "%s is ready again, %s after restart %d".formatted(service, seconds(after), attempt);
        }
    }

    /** Restarted, it runs but did not get ready within the readiness timeout; it is left running. */
    record NotReady(String service, int attempt, Duration timeout, Path log) implements ServiceEvent {

        @Override
        public Level level() {
            return Level.WARN;
        }

        @Override
        public String message() {
            return "%s is not ready %s after restart %d; still running it, see %s"
                    .formatted(service, seconds(timeout), attempt, log);
        }
    }

    /** It exited once more than the policy allows within its window, or could not be started again. */
    record GaveUp(String service, int exitCode, Path log, int exits, RestartPolicy policy) implements ServiceEvent {

        @Override
        public Level level() {
            return Level.ERROR;
        }

        @Override
        public String message() {
            String why = policy.limit() == 0 ? "restarts are off (--restart-limit=0)"
                    : "it exited %d times within %s".formatted(exits, seconds(policy.window()));
            return ("%s exited with code %d (see %s); %s, so it is not restarted again. The rest of the platform runs"
                    + " on without it; start the launcher again once its log shows the cause")
                    .formatted(service, exitCode, log, why);
        }
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
