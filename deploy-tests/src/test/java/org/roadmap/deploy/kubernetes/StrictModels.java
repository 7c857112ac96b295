package org.roadmap.deploy.kubernetes;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

/**
 * The official Kubernetes models (client-java-api) of each standard kind the chart may render, by
 * apiVersion and kind. Their {@code fromJson} refuses a field the API does not have and a value of
 * the wrong type, as the API server would.
 */
final class StrictModels {

    @FunctionalInterface
    interface Parser {
        Object parse(String json) throws IOException;
    }

    private static final Map<String, Parser> PARSERS = Map.of(
            "apps/v1 Deployment", V1Deployment::fromJson,
            "v1 Service", V1Service::fromJson,
            "v1 Secret", V1Secret::fromJson,
            "policy/v1 PodDisruptionBudget", V1PodDisruptionBudget::fromJson,
            "autoscaling/v2 HorizontalPodAutoscaler", V2HorizontalPodAutoscaler::fromJson,
            "networking.k8s.io/v1 NetworkPolicy", V1NetworkPolicy::fromJson,
            "networking.k8s.io/v1 Ingress", V1Ingress::fromJson);

    private StrictModels() {
    }

    static Optional<Parser> parser(String apiVersion, String kind) {
        return Optional.ofNullable(PARSERS.get(apiVersion + " " + kind));
    }
}
