package org.roadmap.deploy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roadmap.deploy.chart.ChartValues;
import org.roadmap.deploy.chart.HelmChart;
import org.roadmap.deploy.chart.Rendering;
import org.roadmap.deploy.chart.ValuesFile;

import tools.jackson.databind.node.ObjectNode;

class SecretRulesTests {

    @ParameterizedTest
    @EnumSource(ValuesFile.class)
    void everySecretNamedExistsOrIsAnExistingSecretValue(ValuesFile values) {
        Rendering rendering = HelmChart.rendered(values);

        assertThat(SecretRules.violations(rendering, ChartValues.of(values).existingSecrets())).isEmpty();
    }

    @Test
    void knowsTheExistingSecretsOfTheProductionValues() {
        assertThat(ChartValues.of(ValuesFile.PRODUCTION).existingSecrets()).containsExactlyInAnyOrder(
                "roadmap-gateway-client", "roadmap-identity", "roadmap-mongo-passwords", "roadmap-smtp", "roadmap-tls",
                "registry-credentials");
    }

    @Test
    void reportsASecretNobodyMakes() {
        Rendering broken = HelmChart.rendered(ValuesFile.DEFAULTS).withChanged("Deployment", "gateway",
                d -> ContainerRulesTests.container(d).path("env").forEach(env -> {
                    if (env.path("name").asString().equals("ROADMAP_GATEWAY_CLIENT_SECRET")) {
                        ((ObjectNode) env.path("valueFrom").path("secretKeyRef")).put("name", "gateway-client-secret");
                    }
                }));

        assertThat(SecretRules.violations(broken, ChartValues.of(ValuesFile.DEFAULTS).existingSecrets()))
                .containsExactly("Deployment gateway names Secret gateway-client-secret, which is neither rendered,"
                        + " an existingSecret value, nor made by an operator");
    }

    @Test
    void reportsASecretTheValuesDoNotName() {
        Rendering defaults = HelmChart.rendered(ValuesFile.DEFAULTS);

        assertThat(SecretRules.violations(defaults, Set.of())).isNotEmpty()
                .allSatisfy(v -> assertThat(v).containsAnyOf("roadmap-gateway-client", "roadmap-identity", "roadmap-mongo-passwords"));
    }
}
