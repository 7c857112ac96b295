package org.roadmap.deploy.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartLintTests {

    @Test
    void passesHelmLintStrictly() {
        var result = HelmChart.lintStrictly();

        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    }

    @Test
    void failsHelmLintWithValuesTheSchemaRefuses(@TempDir Path copy) throws IOException {
        copyChart(copy);
        Files.writeString(copy.resolve("values.yaml"), Files.readString(copy.resolve("values.yaml"))
                .replace("  preStopSleepSeconds: 10", "  preStopSleepSecond: 10"));

        var result = HelmChart.lintStrictly(copy);

        assertThat(result.isFailed()).isTrue();
        assertThat(String.join("\n", result.getMessages())).contains("preStopSleepSecond");
    }

    private static void copyChart(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(HelmChart.DIRECTORY)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(HelmChart.DIRECTORY.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ValuesFile.class)
    void rendersWithEveryValuesFile(ValuesFile values) {
        assertThat(HelmChart.rendered(values).ofKind("Deployment")).hasSizeGreaterThanOrEqualTo(4);
    }
}
