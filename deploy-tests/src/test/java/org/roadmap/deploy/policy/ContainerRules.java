package org.roadmap.deploy.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.roadmap.deploy.chart.Rendering;

import tools.jackson.databind.JsonNode;

/**
 * What every app's pods need to run well with several replicas: health probes at the paths the
 * services expose, cpu and memory requests and limits, a release tag, at least two replicas (but for
 * {@link #SINGLE_REPLICA}) spread
 * over zones and nodes, a PodDisruptionBudget, and a shutdown that fits in the grace period.
 */
final class ContainerRules {

    static final String LIVENESS = "/actuator/health/liveness";
    static final String READINESS = "/actuator/health/readiness";
    /** Apps that cannot run as several replicas yet, and why: the one place such an exception is made. */
    static final Map<String, String> SINGLE_REPLICA = Map.of(
            "identity", "keeps the authorization codes of sign-ins in progress in its memory (docs/adr/0006)");

    private ContainerRules() {
    }

    static List<String> violations(Rendering rendering) {
        List<String> violations = new ArrayList<>();
        for (Workloads.Workload workload : Workloads.of(rendering).all()) {
            String where = "Deployment " + workload.name();
            if (workload.deployment().path("spec").path("replicas").asInt(1) < 2 && !SINGLE_REPLICA.containsKey(workload.name())) {
                violations.add(where + ": fewer than 2 replicas");
            }
            if (workload.podSpec().path("topologySpreadConstraints").isEmpty()) {
                violations.add(where + ": no topology spread constraints");
            }
            if (rendering.ofKind("PodDisruptionBudget")
                    .noneMatch(pdb -> Workloads.selects(pdb.path("spec").path("selector"), workload.podLabels()))) {
                violations.add(where + ": no PodDisruptionBudget selects its pods");
            }
            for (JsonNode container : workload.containers()) {
                violations.addAll(containerViolations(where + " container " + container.path("name").asString(),
                        container, workload.podSpec().path("terminationGracePeriodSeconds").asInt(30)));
            }
        }
        return violations;
    }

    private static List<String> containerViolations(String where, JsonNode container, int gracePeriod) {
        List<String> violations = new ArrayList<>();
        probe(container, "livenessProbe", LIVENESS).ifPresent(p -> violations.add(where + ": " + p));
        probe(container, "readinessProbe", READINESS).ifPresent(p -> violations.add(where + ": " + p));
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (container.path("resources").path(kind).path(resource).asString("").isEmpty()) {
                    violations.add(where + ": no " + resource + " " + kind);
                }
            }
        }
        String image = container.path("image").asString();
        String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
        if (tag.isEmpty() || tag.equals("latest") || tag.contains("/")) {
            violations.add(where + ": image " + image + " has no release tag");
        }
        int preStop = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asInt(0);
        if (preStop <= 0) {
            violations.add(where + ": no preStop pause");
        }
        int shutdown = shutdownPhaseSeconds(container);
        if (shutdown <= 0) {
            violations.add(where + ": no graceful shutdown (SERVER_SHUTDOWN=graceful and its timeout)");
        } else if (preStop + shutdown >= gracePeriod) {
            violations.add(where + ": preStop " + preStop + " s + shutdown " + shutdown
                    + " s do not fit in terminationGracePeriodSeconds " + gracePeriod);
        }
        return violations;
    }

    private static java.util.Optional<String> probe(JsonNode container, String probe, String path) {
        JsonNode get = container.path(probe).path("httpGet");
        if (!get.path("path").asString("").equals(path)) {
            return java.util.Optional.of(probe + " is not an HTTP GET of " + path);
        }
        boolean onItsPort = false;
        for (JsonNode port : container.path("ports")) {
            onItsPort |= port.path("name").asString().equals(get.path("port").asString())
                    || port.path("containerPort").asInt() == get.path("port").asInt(-1);
        }
        return onItsPort ? java.util.Optional.empty() : java.util.Optional.of(probe + " is not on a port of the container");
    }

    private static int shutdownPhaseSeconds(JsonNode container) {
        boolean graceful = false;
        int seconds = 0;
        for (JsonNode env : container.path("env")) {
            String name = env.path("name").asString();
            if (name.equals("SERVER_SHUTDOWN")) {
                graceful = env.path("value").asString().equals("graceful");
            }
            if (name.equals("SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE")) {
                seconds = Integer.parseInt(env.path("value").asString("0s").replace("s", ""));
            }
        }
        return graceful ? seconds : 0;
    }
}
