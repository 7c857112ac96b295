package org.roadmap.deploy.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.roadmap.deploy.chart.Rendering;
import org.roadmap.deploy.code.ServiceBindings;

import tools.jackson.databind.JsonNode;

/**
 * Autoscaling that can work: the gateway scales on CPU; each Kafka consumer scales (KEDA) on the lag of
 * the group it really consumes with, on exactly the topics it consumes in that group, never to more
 * replicas than a topic has partitions, and never below two.
 */
final class AutoscalingRules {

    private AutoscalingRules() {
    }

    static List<String> violations(Rendering rendering, List<ServiceBindings> services) {
        List<String> violations = new ArrayList<>();
        boolean gatewayScales = rendering.ofKind("HorizontalPodAutoscaler").anyMatch(hpa ->
                hpa.path("spec").path("scaleTargetRef").path("name").asString().equals("gateway")
                        && hpa.path("spec").path("minReplicas").asInt() >= 2);
        if (!gatewayScales) {
            violations.add("no HorizontalPodAutoscaler keeps 2 or more gateway replicas");
        }
        Map<String, Integer> partitions = rendering.ofKind("KafkaTopic").collect(Collectors.toMap(
                topic -> topic.path("spec").path("topicName").asString(), topic -> topic.path("spec").path("partitions").asInt()));
        for (ServiceBindings service : services) {
            List<JsonNode> scalers = rendering.ofKind("ScaledObject")
                    .filter(s -> s.path("spec").path("scaleTargetRef").path("name").asString().equals(service.service()))
                    .map(JsonNode.class::cast).toList();
            if (scalers.size() != 1) {
                violations.add(service.service() + ": " + scalers.size() + " ScaledObjects, not 1");
                continue;
            }
            violations.addAll(scalerViolations(scalers.get(0), service, partitions));
        }
        return violations;
    }

    private static List<String> scalerViolations(JsonNode scaler, ServiceBindings service, Map<String, Integer> partitions) {
        List<String> violations = new ArrayList<>();
        String where = Rendering.describe(scaler);
        int max = scaler.path("spec").path("maxReplicaCount").asInt();
        if (scaler.path("spec").path("minReplicaCount").asInt() < 2) {
            violations.add(where + ": minReplicaCount below 2");
        }
        Set<String> consumed = service.consumers().stream().filter(c -> c.group().equals(service.service()))
                .map(ServiceBindings.Consumer::topic).collect(Collectors.toCollection(TreeSet::new));
        Set<String> watched = new TreeSet<>();
        for (JsonNode trigger : scaler.path("spec").path("triggers")) {
            JsonNode metadata = trigger.path("metadata");
            String topic = metadata.path("topic").asString();
            watched.add(topic);
            if (!trigger.path("type").asString().equals("kafka")) {
                violations.add(where + ": a trigger not on Kafka lag");
            }
            if (!metadata.path("consumerGroup").asString().equals(service.service())) {
                violations.add(where + ": watches group " + metadata.path("consumerGroup").asString() + ", not " + service.service());
            }
            Integer topicPartitions = partitions.get(topic);
            if (topicPartitions == null) {
                violations.add(where + ": watches " + topic + ", which is no KafkaTopic");
            } else if (max > topicPartitions) {
                violations.add(where + ": maxReplicaCount " + max + " above the " + topicPartitions + " partitions of " + topic);
            }
        }
        if (!watched.equals(consumed)) {
            violations.add(where + ": watches " + watched + " but the service consumes " + consumed);
        }
        return violations;
    }
}
