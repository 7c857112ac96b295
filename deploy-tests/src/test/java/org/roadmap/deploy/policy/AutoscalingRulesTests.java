package org.roadmap.deploy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roadmap.deploy.chart.HelmChart;
import org.roadmap.deploy.chart.Rendering;
import org.roadmap.deploy.chart.ValuesFile;
import org.roadmap.deploy.code.ServiceBindings;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class AutoscalingRulesTests {

    private final List<ServiceBindings> services = ServiceBindings.ofAllServices();
    private final Rendering defaults = HelmChart.rendered(ValuesFile.DEFAULTS);

    @ParameterizedTest
    @EnumSource(ValuesFile.class)
    void consumersScaleOnTheirLagWithinThePartitions(ValuesFile values) {
        assertThat(AutoscalingRules.violations(HelmChart.rendered(values), services)).isEmpty();
    }

    @Test
    void reportsMoreReplicasThanPartitions() {
        Rendering broken = defaults.withChanged("KafkaTopic", "roadmap.meetings.v1",
                topic -> ((ObjectNode) topic.path("spec")).put("partitions", 3));

        assertThat(AutoscalingRules.violations(broken, services)).containsExactlyInAnyOrder(
                "ScaledObject commitments-service: maxReplicaCount 6 above the 3 partitions of roadmap.meetings.v1",
                "ScaledObject notifications-service: maxReplicaCount 6 above the 3 partitions of roadmap.meetings.v1");
    }

    @Test
    void reportsATopicTheServiceConsumesButNobodyWatches() {
        Rendering broken = defaults.withChanged("ScaledObject", "notifications-service",
                scaler -> ((ArrayNode) scaler.path("spec").path("triggers")).remove(1));

        assertThat(AutoscalingRules.violations(broken, services)).containsExactly(
                "ScaledObject notifications-service: watches [roadmap.commitments.v1] but the service consumes"
                        + " [roadmap.commitments.v1, roadmap.meetings.v1]");
    }

    @Test
    void reportsAGatewayWithoutAutoscaler() {
        assertThat(AutoscalingRules.violations(defaults.without("HorizontalPodAutoscaler", "gateway"), services))
                .containsExactly("no HorizontalPodAutoscaler keeps 2 or more gateway replicas");
    }
}
