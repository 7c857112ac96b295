package org.roadmap.deploy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roadmap.deploy.chart.HelmChart;
import org.roadmap.deploy.chart.Rendering;
import org.roadmap.deploy.chart.ValuesFile;

import tools.jackson.databind.node.ObjectNode;

class ContainerRulesTests {

    private final Rendering defaults = HelmChart.rendered(ValuesFile.DEFAULTS);

    @ParameterizedTest
    @EnumSource(ValuesFile.class)
    void everyAppKeepsThem(ValuesFile values) {
        assertThat(ContainerRules.violations(HelmChart.rendered(values))).isEmpty();
    }

    @Test
    void reportsAContainerWithoutReadinessProbe() {
        Rendering broken = defaults.withChanged("Deployment", "meetings-service", d -> container(d).remove("readinessProbe"));

        assertThat(ContainerRules.violations(broken)).containsExactly(
                "Deployment meetings-service container meetings-service: readinessProbe is not an HTTP GET of /actuator/health/readiness");
    }

    @Test
    void reportsAContainerWithoutMemoryLimit() {
        Rendering broken = defaults.withChanged("Deployment", "gateway",
                d -> ((ObjectNode) container(d).path("resources").path("limits")).remove("memory"));

        assertThat(ContainerRules.violations(broken)).containsExactly("Deployment gateway container gateway: no memory limits");
    }

    @Test
    void reportsTheLatestTag() {
        Rendering broken = defaults.withChanged("Deployment", "identity",
                d -> container(d).put("image", "registry.example.org/roadmap/identity:latest"));

        assertThat(ContainerRules.violations(broken)).singleElement().asString().contains("has no release tag");
    }

    @Test
    void reportsASingleReplicaAndAMissingDisruptionBudget() {
        Rendering broken = defaults.without("PodDisruptionBudget", "gateway")
                .withChanged("Deployment", "gateway", d -> ((ObjectNode) d.path("spec")).put("replicas", 1));

        assertThat(ContainerRules.violations(broken)).containsExactly(
                "Deployment gateway: fewer than 2 replicas", "Deployment gateway: no PodDisruptionBudget selects its pods");
    }

    @Test
    void reportsAShutdownLongerThanTheGracePeriod() {
        Rendering broken = defaults.withChanged("Deployment", "notifications-service",
                d -> ((ObjectNode) d.path("spec").path("template").path("spec")).put("terminationGracePeriodSeconds", 30));

        assertThat(ContainerRules.violations(broken)).singleElement().asString().contains("do not fit in terminationGracePeriodSeconds 30");
    }

    static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }
}
