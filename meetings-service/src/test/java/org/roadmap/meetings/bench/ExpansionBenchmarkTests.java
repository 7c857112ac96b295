package org.roadmap.meetings.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Keeps the benchmark runnable; measures nothing (no timed assertions). */
class ExpansionBenchmarkTests {

    @Test
    void runsOnAFewSeriesAndPrintsEachFigureWithItsRatioToTheBaseline() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        var figures = ExpansionBenchmark.run(20, 0, 1, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(figures).hasSize(4);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("20 series").contains("ratio to baseline")
                .contains(".ics feed of all series");
    }

    @Test
    void timingChangesRunOnAFewChangesAndPrintTheStretchesEachVersionKeeps() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        var figures = TimingChangesBenchmark.run(5, 10, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(figures).hasSize(3);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("stretches kept: 2 now, 6 before")
                .contains("ratio to baseline");
    }
}
