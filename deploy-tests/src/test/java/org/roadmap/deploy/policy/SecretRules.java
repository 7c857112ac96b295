package org.roadmap.deploy.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.roadmap.deploy.chart.Rendering;

import tools.jackson.databind.JsonNode;

/**
 * Every Secret the rendered objects name exists when they need it: the chart renders it, the values
 * name it as an existingSecret (the platform team makes it beforehand), or an operator makes it for a
 * resource the chart renders (Strimzi: a Secret per KafkaUser and the cluster CA's certificate).
 */
final class SecretRules {

    private SecretRules() {
    }

    static List<String> violations(Rendering rendering, Set<String> existingSecrets) {
        Set<String> available = new TreeSet<>(existingSecrets);
        rendering.ofKind("Secret").map(Rendering::nameOf).forEach(available::add);
        rendering.ofKind("KafkaUser").map(Rendering::nameOf).forEach(available::add);
        rendering.ofKind("Kafka").map(kafka -> Rendering.nameOf(kafka) + "-cluster-ca-cert").forEach(available::add);

        List<String> violations = new ArrayList<>();
        for (JsonNode document : rendering.documents()) {
            for (String secret : referenced(document)) {
                if (!available.contains(secret)) {
                    violations.add(Rendering.describe(document) + " names Secret " + secret
                            + ", which is neither rendered, an existingSecret value, nor made by an operator");
                }
            }
        }
        return violations;
    }

    /** The Secret names an object refers to, wherever the kinds the chart renders keep them. */
    static Set<String> referenced(JsonNode document) {
        Set<String> names = new TreeSet<>();
        JsonNode pod = document.path("spec").path("template").path("spec");
        for (JsonNode container : pod.path("containers")) {
            container.path("env").forEach(env -> add(names, env.path("valueFrom").path("secretKeyRef").path("name")));
            container.path("envFrom").forEach(from -> add(names, from.path("secretRef").path("name")));
        }
        pod.path("volumes").forEach(volume -> add(names, volume.path("secret").path("secretName")));
        pod.path("imagePullSecrets").forEach(secret -> add(names, secret.path("name")));
        document.path("spec").path("tls").forEach(tls -> add(names, tls.path("secretName")));
        document.path("spec").path("secretTargetRef").forEach(ref -> add(names, ref.path("name")));
        document.path("spec").path("users").forEach(user -> add(names, user.path("passwordSecretRef").path("name")));
        return names;
    }

    private static void add(Set<String> names, JsonNode name) {
        if (name.isString() && !name.asString().isEmpty()) {
            names.add(name.asString());
        }
    }
}
