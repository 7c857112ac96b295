package org.roadmap.launcher;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RestartPolicyTests {

    private final RestartPolicy policy = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(5), 4,
            Duration.ofMinutes(1));
    private final Instant start = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void doublesTheWaitUpToItsCap() {
        assertThat(policy.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delay(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delay(4)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void givesUpAfterTheLimitWithinTheWindow() {
        ServiceExits exits = new ServiceExits(policy);
        for (int i = 0; i < 4; i++) {
            assertThat(exits.exited(start.plusSeconds(i))).isPresent();
        }
        assertThat(exits.exited(start.plusSeconds(4))).isEmpty();
    }

    @Test
    void startsAfreshAfterTheServiceStayedUpAWindowLong() {
        ServiceExits exits = new ServiceExits(policy);
        exits.exited(start);
        exits.exited(start.plusSeconds(1));
        exits.exited(start.plusSeconds(3));

        assertThat(exits.exited(start.plusSeconds(3 + 61))).contains(Duration.ofSeconds(1));
        assertThat(exits.count()).isEqualTo(1);
    }

    @Test
    void takesItsSettingsFromTheLaunchersOptions() {
        assertThat(LauncherSettings.fromArgs().restarts()).isEqualTo(RestartPolicy.DEFAULT);
        assertThat(LauncherSettings.fromArgs("--restart-delay=0.5", "--restart-max-delay=8", "--restart-limit=0",
                "--restart-window=30").restarts())
                .isEqualTo(new RestartPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), 0, Duration.ofSeconds(30)));
        assertThatIllegalArgumentException().isThrownBy(() -> LauncherSettings.fromArgs("--restart-delay=0"))
                .withMessage("--restart-delay must be more than 0 s.");
        assertThatIllegalArgumentException().isThrownBy(() -> LauncherSettings.fromArgs("--restart-delay=soon"))
                .withMessageContaining("expects a number of seconds");
    }
}
