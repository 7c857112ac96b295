package org.roadmap.deploy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roadmap.deploy.chart.HelmChart;
import org.roadmap.deploy.chart.Rendering;
import org.roadmap.deploy.chart.ValuesFile;

import tools.jackson.databind.node.ObjectNode;

class MongoRulesTests {

    private final Rendering defaults = HelmChart.rendered(ValuesFile.DEFAULTS);

    @ParameterizedTest
    @EnumSource(ValuesFile.class)
    void eachServiceHasItsOwnUserOnItsOwnDatabaseWithMajorityWrites(ValuesFile values) {
        assertThat(MongoRules.violations(HelmChart.rendered(values))).isEmpty();
    }

    @Test
    void reportsAUserThatMayWriteAnotherServicesDatabase() {
        Rendering broken = defaults.withChanged("MongoDBCommunity", "roadmap-mongo",
                mongo -> mongo.path("spec").path("users").forEach(user -> {
                    if (user.path("name").asString().equals("meetings-service")) {
                        ((ObjectNode) user.path("roles").get(0)).put("db", "commitments");
                    }
                }));

        assertThat(MongoRules.violations(broken)).singleElement().asString()
                .startsWith("MongoDBCommunity: user meetings-service has");
    }

    @Test
    void reportsAConnectionWithoutMajorityWrites() {
        Rendering broken = defaults.withChanged("Deployment", "notifications-service",
                d -> ContainerRulesTests.container(d).path("env").forEach(env -> {
                    if (env.path("name").asString().equals("SPRING_MONGODB_URI")) {
                        ((ObjectNode) env).put("value", env.path("value").asString().replace("&w=majority", ""));
                    }
                }));

        assertThat(MongoRules.violations(broken)).singleElement().asString()
                .startsWith("notifications-service: SPRING_MONGODB_URI does not connect");
    }

    @Test
    void reportsAGatewayCountingItsRateLimitsAsAnotherUser() {
        Rendering broken = defaults.withChanged("Deployment", "gateway",
                d -> ContainerRulesTests.container(d).path("env").forEach(env -> {
                    if (env.path("name").asString().equals("ROADMAP_GATEWAY_LIMITS_SHAREDSTORE")) {
                        ((ObjectNode) env).put("value", env.path("value").asString().replace("mongodb://gateway:",
                                "mongodb://commitments-service:"));
                    }
                }));

        assertThat(MongoRules.violations(broken)).singleElement().asString()
                .startsWith("gateway: ROADMAP_GATEWAY_LIMITS_SHAREDSTORE does not connect as gateway");
    }
}
