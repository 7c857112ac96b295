package org.roadmap.deploy.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartLintTests {

    @Test
    void passesHelmLintStrictly() {
        var result = HelmChart.lintStrictly();

        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ValuesFile.class)
    void rendersWithEveryValuesFile(ValuesFile values) {
        assertThat(HelmChart.rendered(values).ofKind("Deployment")).hasSizeGreaterThanOrEqualTo(4);
    }
}
