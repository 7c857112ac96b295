package org.roadmap.deploy.crd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roadmap.deploy.chart.HelmChart;
import org.roadmap.deploy.chart.Rendering;
import org.roadmap.deploy.chart.ValuesFile;

import io.kubernetes.client.openapi.models.V1StatefulSetSpec;
import tools.jackson.databind.node.ObjectNode;

class CustomResourcesMatchSchemasTests {

    @ParameterizedTest
    @EnumSource(ValuesFile.class)
    void everyCustomResourceMatchesItsSchema(ValuesFile values) {
        Rendering rendering = HelmChart.rendered(values);

        assertThat(violations(rendering)).isEmpty();
        assertThat(rendering.ofKind("KafkaTopic")).isNotEmpty();
        assertThat(rendering.ofKind("MongoDBCommunity")).hasSize(1);
        assertThat(rendering.ofKind("ScaledObject")).hasSize(3);
    }

    @Test
    void refusesAKafkaTriggerParameterKedaDoesNotHave() {
        Rendering broken = HelmChart.rendered(ValuesFile.DEFAULTS).withChanged("ScaledObject", "meetings-service",
                scaler -> ((ObjectNode) scaler.path("spec").path("triggers").get(0).path("metadata")).put("lagTreshold", "10"));

        assertThat(violations(broken)).singleElement().asString().contains("ScaledObject meetings-service", "lagTreshold");
    }

    @Test
    void refusesAFieldStrimziDoesNotHave() {
        Rendering broken = HelmChart.rendered(ValuesFile.DEFAULTS).withChanged("KafkaTopic", "roadmap.meetings.v1",
                topic -> ((ObjectNode) topic.path("spec")).put("partition", 3));

        assertThat(violations(broken)).singleElement().asString().contains("KafkaTopic roadmap.meetings.v1", "partition");
    }

    @Test
    void refusesAnAclOperationStrimziDoesNotKnow() {
        Rendering broken = HelmChart.rendered(ValuesFile.DEFAULTS).withChanged("KafkaUser", "meetings-service",
                user -> ((ObjectNode) user.path("spec").path("authorization").path("acls").get(0))
                        .putArray("operations").add("READ"));

        assertThat(violations(broken)).singleElement().asString().contains("KafkaUser meetings-service");
    }

    @Test
    void refusesAMongoUserWithoutRoles() {
        Rendering broken = HelmChart.rendered(ValuesFile.DEFAULTS).withChanged("MongoDBCommunity", "roadmap-mongo",
                mongo -> ((ObjectNode) mongo.path("spec").path("users").get(0)).remove("roles"));

        assertThat(violations(broken)).singleElement().asString().contains("MongoDBCommunity roadmap-mongo", "roles");
    }

    @Test
    void refusesAResourceKindWithoutASchema() {
        Rendering broken = HelmChart.rendered(ValuesFile.DEFAULTS).withChanged("KafkaTopic", "roadmap.meetings.v1",
                topic -> topic.put("kind", "KafkaTopics"));

        assertThat(violations(broken)).singleElement().asString().contains("no schema for kafka.strimzi.io/v1 KafkaTopics");
    }

    private static List<String> violations(Rendering rendering) {
        List<String> violations = new ArrayList<>();
        for (ObjectNode document : rendering.documents()) {
            String apiVersion = document.path("apiVersion").asString();
            String type = apiVersion + " " + document.path("kind").asString();
            if (Rendering.isStandard(apiVersion)) {
                continue;
            }
            if (CrdSchemas.of(apiVersion, document.path("kind").asString()).isEmpty()) {
                violations.add(Rendering.describe(document) + ": no schema for " + type);
                continue;
            }
            CrdSchemas.violations(document).forEach(v -> violations.add(Rendering.describe(document) + ": " + v));
            if (document.path("kind").asString().equals("MongoDBCommunity")) {
                statefulSetSpec(document).forEach(v -> violations.add(Rendering.describe(document) + ": " + v));
            }
        }
        return violations;
    }

    /** What the operator merges into its StatefulSet must be a StatefulSet spec (selector and serviceName aside). */
    private static List<String> statefulSetSpec(ObjectNode mongo) {
        ObjectNode spec = ((ObjectNode) mongo.path("spec").path("statefulSet").path("spec")).deepCopy();
        spec.putObject("selector");
        spec.put("serviceName", "set-by-the-operator");
        if (!spec.path("template").has("metadata")) {
            ((ObjectNode) spec.path("template")).putObject("metadata");
        }
        ((ObjectNode) spec.path("template").path("spec").path("containers").get(0)).put("image", "set-by-the-operator");
        try {
            V1StatefulSetSpec.fromJson(spec.toString());
            return List.of();
        } catch (Exception | Error e) {
            return List.of("spec.statefulSet.spec: " + e.getMessage());
        }
    }
}
