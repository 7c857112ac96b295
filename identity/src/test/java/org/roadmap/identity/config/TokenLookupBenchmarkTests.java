package org.roadmap.identity.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Keeps the benchmark runnable on a few authorizations; measures nothing (no timed assertions). */
class TokenLookupBenchmarkTests {

    @Test
    void runsOnAFewAuthorizationsAndPrintsEachFigureWithItsRatioToTheBaseline() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        var micros = TokenLookupBenchmark.run(50, 100, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(micros).containsOnlyKeys("baseline", "issuer");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("among 50 authorizations kept")
                .contains("ratio to baseline");
    }
}
