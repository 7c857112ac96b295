package org.roadmap.deploy.crd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roadmap.deploy.chart.HelmChart;
import org.roadmap.deploy.chart.Rendering;
import org.roadmap.deploy.chart.ValuesFile;

import io.kubernetes.client.openapi.models.V1StatefulSetSpec;
import tools.jackson.databind.node.ObjectNode;

class CustomResourcesMatchSchemasTests {

    /** Kinds checked elsewhere: KEDA's by the autoscaling policy, not a schema of their own. */
    private static final Set<String> WITHOUT_SCHEMA = Set.of("keda.sh/v1alpha1 ScaledObject", "keda.sh/v1alpha1 TriggerAuthentication");

    @ParameterizedTest
    @EnumSource(ValuesFile.class)
    void everyStrimziAndMongoResourceMatchesItsSchema(ValuesFile values) {
        Rendering rendering = HelmChart.rendered(values);

        assertThat(violations(rendering)).isEmpty();
        assertThat(rendering.ofKind("KafkaTopic")).isNotEmpty();
        assertThat(rendering.ofKind("MongoDBCommunity")).hasSize(1);
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
            if (isStandard(apiVersion) || WITHOUT_SCHEMA.contains(type)) {
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

    private static boolean isStandard(String apiVersion) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return group.isEmpty() || group.endsWith(".k8s.io") || Set.of("apps", "policy", "autoscaling", "batch").contains(group);
    }
}
