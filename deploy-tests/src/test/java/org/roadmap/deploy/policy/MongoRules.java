package org.roadmap.deploy.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roadmap.deploy.chart.Rendering;
import org.roadmap.deploy.code.ServiceBindings;

import tools.jackson.databind.JsonNode;

/**
 * MongoDB as deploy/mongo/create-service-users.js has it: a replica set of three, one user per service
 * and one for the gateway (its shared rate-limit buckets) with readWrite on its own database only, and
 * each connecting as that user to that database with majority writes.
 */
final class MongoRules {

    private MongoRules() {
    }

    static List<String> violations(Rendering rendering) {
        List<String> violations = new ArrayList<>();
        List<JsonNode> sets = rendering.ofKind("MongoDBCommunity").map(JsonNode.class::cast).toList();
        if (sets.size() != 1) {
            return List.of(sets.size() + " MongoDBCommunity resources, not 1");
        }
        JsonNode mongo = sets.get(0);
        if (mongo.path("spec").path("members").asInt() != 3) {
            violations.add("MongoDBCommunity: members is not 3");
        }
        Map<String, String> connections = new LinkedHashMap<>();
        ServiceBindings.SERVICES.forEach(service -> connections.put(service, "SPRING_MONGODB_URI"));
        connections.put("gateway", "ROADMAP_GATEWAY_LIMITS_SHAREDSTORE");
        for (Map.Entry<String, String> connection : connections.entrySet()) {
            String service = connection.getKey();
            String uri = env(rendering, service, connection.getValue());
            String database = uri.replaceFirst("^[^/]*//[^/]*/", "").replaceFirst("\\?.*$", "");
            if (!uri.startsWith("mongodb://" + service + ":") || !uri.contains("replicaSet=" + Rendering.nameOf(mongo))
                    || !uri.contains("w=majority")) {
                violations.add(service + ": " + connection.getValue() + " does not connect as " + service
                        + " to replica set " + Rendering.nameOf(mongo) + " with w=majority");
            }
            List<JsonNode> users = new ArrayList<>();
            mongo.path("spec").path("users").forEach(user -> {
                if (user.path("name").asString().equals(service)) {
                    users.add(user);
                }
            });
            if (users.size() != 1) {
                violations.add("MongoDBCommunity: " + users.size() + " users named " + service + ", not 1");
                continue;
            }
            JsonNode roles = users.get(0).path("roles");
            if (roles.size() != 1 || !roles.get(0).path("name").asString().equals("readWrite")
                    || !roles.get(0).path("db").asString().equals(database)) {
                violations.add("MongoDBCommunity: user " + service + " has " + roles + ", not readWrite on " + database + " only");
            }
        }
        return violations;
    }

    private static String env(Rendering rendering, String deployment, String name) {
        for (JsonNode env : rendering.one("Deployment", deployment).path("spec").path("template").path("spec")
                .path("containers").get(0).path("env")) {
            if (env.path("name").asString().equals(name)) {
                return env.path("value").asString();
            }
        }
        return "";
    }
}
