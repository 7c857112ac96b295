package org.roadmap.deploy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roadmap.deploy.chart.HelmChart;
import org.roadmap.deploy.chart.Rendering;
import org.roadmap.deploy.chart.ValuesFile;

import tools.jackson.databind.node.ObjectNode;

class NetworkPolicyRulesTests {

    private final Rendering defaults = HelmChart.rendered(ValuesFile.DEFAULTS);

    @ParameterizedTest
    @EnumSource(ValuesFile.class)
    void everySelectorSelectsPodsAndEveryPodIsDeniedByDefault(ValuesFile values) {
        assertThat(NetworkPolicyRules.violations(HelmChart.rendered(values))).isEmpty();
    }

    @Test
    void reportsAPolicyForPodsThatDoNotExist() {
        Rendering broken = defaults.withChanged("NetworkPolicy", "meetings-service",
                policy -> ((ObjectNode) policy.path("spec").path("podSelector").path("matchLabels"))
                        .put("app.kubernetes.io/name", "meeting-service"));

        assertThat(NetworkPolicyRules.violations(broken)).singleElement().asString()
                .startsWith("NetworkPolicy meetings-service podSelector selects no pod");
    }

    @Test
    void reportsAPeerThatDoesNotExist() {
        Rendering broken = defaults.withChanged("NetworkPolicy", "commitments-service",
                policy -> ((ObjectNode) policy.path("spec").path("egress").get(1).path("to").get(0).path("podSelector")
                        .path("matchLabels")).put("app", "mongo-svc"));

        assertThat(NetworkPolicyRules.violations(broken)).singleElement().asString()
                .startsWith("NetworkPolicy commitments-service egress peer selects no pod");
    }

    @Test
    void reportsPodsWithoutDefaultDeny() {
        Rendering broken = defaults.without("NetworkPolicy", "roadmap-default-deny");

        assertThat(NetworkPolicyRules.violations(broken)).hasSize(5)
                .allSatisfy(v -> assertThat(v).endsWith("no deny-by-default NetworkPolicy covers its pods"));
    }
}
