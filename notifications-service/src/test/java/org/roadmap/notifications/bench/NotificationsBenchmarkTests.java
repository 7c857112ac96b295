package org.roadmap.notifications.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Keeps the benchmark runnable on a few recipients; measures nothing (no timed assertions). */
class NotificationsBenchmarkTests {

    @Test
    void runsOnAFewRecipientsAndPrintsEachFigureWithItsRatioToTheBaseline() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        var figures = NotificationsBenchmark.run(40, 120, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(figures).hasSize(7);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("40 subscribed recipients")
                .contains("ratio to baseline").contains("firing 120 due alerts");
    }
}
