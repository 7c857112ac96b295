package org.roadmap.deploy.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roadmap.deploy.chart.Rendering;

import tools.jackson.databind.JsonNode;

/**
 * NetworkPolicies that mean something: a default deny covers every pod of the chart, and every pod
 * selector in a policy (its subject and its same-namespace peers, and Strimzi's listener peers) selects
 * pods that will exist: the chart's own, or those the operators make for the chart's Kafka and
 * MongoDBCommunity resources.
 */
final class NetworkPolicyRules {

    private NetworkPolicyRules() {
    }

    static List<String> violations(Rendering rendering) {
        List<Map<String, String>> pods = pods(rendering);
        List<String> violations = new ArrayList<>();
        for (Workloads.Workload workload : Workloads.of(rendering).all()) {
            boolean denied = rendering.ofKind("NetworkPolicy").anyMatch(policy -> isDenyAll(policy)
                    && Workloads.selects(policy.path("spec").path("podSelector"), workload.podLabels()));
            if (!denied) {
                violations.add("Deployment " + workload.name() + ": no deny-by-default NetworkPolicy covers its pods");
            }
        }
        rendering.ofKind("NetworkPolicy").forEach(policy -> {
            String where = Rendering.describe(policy);
            check(where + " podSelector", policy.path("spec").path("podSelector"), pods, violations);
            for (String direction : List.of("ingress", "egress")) {
                for (JsonNode rule : policy.path("spec").path(direction)) {
                    for (JsonNode peer : rule.path(direction.equals("ingress") ? "from" : "to")) {
                        if (peer.has("podSelector") && !peer.has("namespaceSelector")) {
                            check(where + " " + direction + " peer", peer.path("podSelector"), pods, violations);
                        }
                    }
                }
            }
        });
        rendering.ofKind("Kafka").forEach(kafka -> {
            for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
                for (JsonNode peer : listener.path("networkPolicyPeers")) {
                    if (peer.has("podSelector") && !peer.has("namespaceSelector")) {
                        check(Rendering.describe(kafka) + " listener " + listener.path("name").asString() + " peer",
                                peer.path("podSelector"), pods, violations);
                    }
                }
            }
        });
        return violations;
    }

    private static boolean isDenyAll(JsonNode policy) {
        JsonNode spec = policy.path("spec");
        List<String> types = new ArrayList<>();
        spec.path("policyTypes").forEach(t -> types.add(t.asString()));
        return types.containsAll(List.of("Ingress", "Egress")) && spec.path("ingress").isEmpty() && spec.path("egress").isEmpty();
    }

    private static void check(String where, JsonNode selector, List<Map<String, String>> pods, List<String> violations) {
        if (pods.stream().noneMatch(labels -> Workloads.selects(selector, labels))) {
            violations.add(where + " selects no pod: " + selector);
        }
    }

    /** The chart's pods, and the labels the operators give the pods of the chart's Kafka and MongoDB. */
    private static List<Map<String, String>> pods(Rendering rendering) {
        List<Map<String, String>> pods = new ArrayList<>();
        Workloads.of(rendering).all().forEach(workload -> pods.add(workload.podLabels()));
        rendering.ofKind("Kafka").forEach(kafka -> {
            Map<String, String> broker = new HashMap<>();
            broker.put("strimzi.io/cluster", Rendering.nameOf(kafka));
            broker.put("strimzi.io/kind", "Kafka");
            pods.add(broker);
        });
        rendering.ofKind("MongoDBCommunity").forEach(mongo -> pods.add(Map.of("app", Rendering.nameOf(mongo) + "-svc")));
        return pods;
    }
}
