package org.roadmap.platform.lifecycle;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watch's switch and its test of the watched process. That a service really exits when its launcher is
 * killed is the launcher's test ({@code KilledLauncherTests}): here it would end the test JVM.
 */
class ParentWatchTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ParentWatchConfiguration.class));

    @Test
    void watchesOnlyWhenTheLauncherPassesItsPid() {
        context.run(service -> assertThat(service).doesNotHaveBean(ParentWatch.class));
        // this JVM runs, so the watch started on it must leave it alone
        context.withPropertyValues("roadmap.parent-watch.pid=" + ProcessHandle.current().pid())
                .run(service -> {
                    assertThat(service).hasSingleBean(ParentWatch.class);
                    assertThat(service.getBean(ParentWatchProperties.class).every()).isEqualTo(Duration.ofSeconds(1));
                });
    }

    @Test
    void seesTheWatchedProcessEnd() throws Exception {
        Process watched = new ProcessBuilder("sleep", "30").start();
        try {
            ParentWatch watch = new ParentWatch(watched.pid(), Duration.ofSeconds(1), Duration.ofSeconds(1));
            assertThat(watch.watchedRuns()).isTrue();

            watched.destroyForcibly();
            watched.waitFor(5, TimeUnit.SECONDS);

            assertThat(watch.watchedRuns()).isFalse();
        } finally {
            watched.destroyForcibly();
        }
    }
}
