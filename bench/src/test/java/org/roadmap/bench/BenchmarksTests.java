package org.roadmap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarksTests {

    @Test
    void aHelpOrAnOptionWithoutItsValueIsRefusedRatherThanRunOnTheDefaults() {
        assertThat(Benchmarks.malformedOptions(new String[] {"platform", "--help"})).containsExactly("--help");
        assertThat(Benchmarks.malformedOptions(new String[] {"platform", "--rate", "40", "--seconds=90"}))
                .containsExactly("--rate", "40");
        assertThat(Benchmarks.malformedOptions(new String[] {"platform", "--rate=40", "--knee=60,80"})).isEmpty();
        assertThat(Benchmarks.malformedOptions(new String[] {"--commitments=100"})).isEmpty();
        assertThat(Benchmarks.malformedOptions(new String[] {})).isEmpty();
    }
}
