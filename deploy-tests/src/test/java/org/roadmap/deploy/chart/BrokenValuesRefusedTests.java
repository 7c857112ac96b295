package org.roadmap.deploy.chart;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values the chart must refuse at `helm template`, before anything reaches a cluster. */
class BrokenValuesRefusedTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            latest-tag.yaml                    | at '/image/tag'
            external-oidc-without-issuer.yaml  | oidc.issuerUri is required
            more-replicas-than-partitions.yaml | is above kafka.topics.partitions
            no-mongo-secret.yaml               | mongodb.existingSecret is required
            misplaced-setting.yaml             | additional properties 'endpoints' not allowed
            single-gateway.yaml                | replicas
            """)
    void refuses(String file, String reason) {
        assertThatThrownBy(() -> HelmChart.template(broken(file))).hasMessageContaining(reason);
    }

    private static Path broken(String file) throws URISyntaxException {
        return Path.of(BrokenValuesRefusedTests.class.getResource("/broken-values/" + file).toURI());
    }
}
