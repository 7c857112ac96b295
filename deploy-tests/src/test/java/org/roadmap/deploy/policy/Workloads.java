package org.roadmap.deploy.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.roadmap.deploy.chart.Rendering;

import tools.jackson.databind.JsonNode;

/** The pods the chart's Deployments make, as their templates describe them. */
record Workloads(List<Workload> all) {

    record Workload(String name, JsonNode deployment) {

        JsonNode podSpec() {
            return deployment.path("spec").path("template").path("spec");
        }

        Map<String, String> podLabels() {
            return labels(deployment.path("spec").path("template").path("metadata").path("labels"));
        }

        List<JsonNode> containers() {
            return StreamSupport.stream(podSpec().path("containers").spliterator(), false).toList();
        }
    }

    static Workloads of(Rendering rendering) {
        return new Workloads(rendering.ofKind("Deployment").map(d -> new Workload(Rendering.nameOf(d), d)).toList());
    }

    static Map<String, String> labels(JsonNode labels) {
        Map<String, String> map = new HashMap<>();
        labels.properties().forEach(e -> map.put(e.getKey(), e.getValue().asString()));
        return map;
    }

    /** Whether a label selector (matchLabels only, as the chart writes them) selects these labels. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        if (selector.has("matchExpressions")) {
            throw new IllegalArgumentException("matchExpressions are not used by the chart: teach this check first");
        }
        Map<String, String> wanted = labels(selector.path("matchLabels"));
        return labels.entrySet().containsAll(wanted.entrySet());
    }
}
