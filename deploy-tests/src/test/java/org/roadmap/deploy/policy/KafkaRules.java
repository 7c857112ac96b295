package org.roadmap.deploy.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.roadmap.deploy.chart.Rendering;
import org.roadmap.deploy.code.AclFile;
import org.roadmap.deploy.code.ServiceBindings;

import tools.jackson.databind.JsonNode;

/**
 * Kafka as the code uses it: every topic a binding reads or dead-letters into, or an ACL names, is a
 * KafkaTopic kept durably; every consumer group a service reads with is granted to its KafkaUser; and
 * the KafkaUsers hold exactly the rules of deploy/kafka/acls.txt, as docker-compose does.
 */
final class KafkaRules {

    private static final Map<String, String> TOPIC_CONFIG = Map.of(
            "min.insync.replicas", "2", "retention.ms", "-1");

    private KafkaRules() {
    }

    static List<String> topicViolations(Rendering rendering, List<ServiceBindings> services, List<AclFile.Rule> acls) {
        Set<String> needed = new TreeSet<>();
        for (ServiceBindings service : services) {
            for (ServiceBindings.Consumer consumer : service.consumers()) {
                needed.add(consumer.topic());
                consumer.deadLetters().ifPresent(needed::add);
            }
        }
        acls.stream().filter(rule -> rule.resource().equals("topic") && rule.pattern().equals("literal"))
                .map(AclFile.Rule::name).forEach(needed::add);

        Map<String, JsonNode> declared = rendering.ofKind("KafkaTopic").collect(Collectors.toMap(
                topic -> topic.path("spec").path("topicName").asString(Rendering.nameOf(topic)), topic -> topic));
        List<String> violations = new ArrayList<>();
        for (String topic : needed) {
            JsonNode declaration = declared.get(topic);
            if (declaration == null) {
                violations.add("topic " + topic + " is used but not declared as a KafkaTopic");
                continue;
            }
            JsonNode spec = declaration.path("spec");
            if (spec.path("replicas").asInt() != 3) {
                violations.add("KafkaTopic " + topic + ": replicas " + spec.path("replicas").asInt() + ", not 3");
            }
            TOPIC_CONFIG.forEach((key, value) -> {
                if (!spec.path("config").path(key).asString().equals(value)) {
                    violations.add("KafkaTopic " + topic + ": " + key + " is not " + value);
                }
            });
        }
        return violations;
    }

    static List<String> groupViolations(Rendering rendering, List<ServiceBindings> services) {
        List<String> violations = new ArrayList<>();
        for (ServiceBindings service : services) {
            Set<Grant> grants = grants(rendering, service.service());
            for (ServiceBindings.Consumer consumer : service.consumers()) {
                Grant wanted = new Grant("read", "group", consumer.groupIsPrefix() ? "prefix" : "literal", consumer.groupPrefix());
                if (!grants.contains(wanted)) {
                    violations.add("KafkaUser " + service.service() + " may not read as group " + consumer.group()
                            + " (binding " + consumer.binding() + ")");
                }
                if (!grants.contains(new Grant("read", "topic", "literal", consumer.topic()))) {
                    violations.add("KafkaUser " + service.service() + " may not read topic " + consumer.topic());
                }
            }
        }
        return violations;
    }

    static List<String> aclFileViolations(Rendering rendering, List<AclFile.Rule> acls) {
        List<String> violations = new ArrayList<>();
        Set<String> principals = acls.stream().map(AclFile.Rule::principal).collect(Collectors.toCollection(TreeSet::new));
        rendering.ofKind("KafkaUser").map(Rendering::nameOf).forEach(principals::add);
        for (String principal : principals) {
            Set<Grant> inFile = acls.stream().filter(rule -> rule.principal().equals(principal)).map(Grant::of)
                    .collect(Collectors.toSet());
            Set<Grant> inChart = grants(rendering, principal);
            Set<Grant> missing = new HashSet<>(inFile);
            missing.removeAll(inChart);
            Set<Grant> extra = new HashSet<>(inChart);
            extra.removeAll(inFile);
            missing.forEach(g -> violations.add("KafkaUser " + principal + " lacks " + g + " of acls.txt"));
            extra.forEach(g -> violations.add("KafkaUser " + principal + " has " + g + ", which acls.txt does not give"));
        }
        return violations;
    }

    /** One allowed operation on one resource, in lower case so acls.txt and Strimzi's words compare. */
    record Grant(String operation, String resource, String pattern, String name) {

        static Grant of(AclFile.Rule rule) {
            return new Grant(rule.operation().toLowerCase(Locale.ROOT), rule.resource(),
                    rule.pattern().equals("prefixed") ? "prefix" : rule.pattern(), rule.name());
        }

        @Override
        public String toString() {
            return operation + " " + resource + " " + pattern + " " + name;
        }
    }

    private static Set<Grant> grants(Rendering rendering, String principal) {
        Set<Grant> grants = new HashSet<>();
        rendering.ofKind("KafkaUser").filter(user -> Rendering.nameOf(user).equals(principal)).forEach(user -> {
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                if (!acl.path("type").asString("allow").equals("allow")) {
                    continue;
                }
                JsonNode resource = acl.path("resource");
                for (JsonNode operation : acl.path("operations")) {
                    grants.add(new Grant(operation.asString().toLowerCase(Locale.ROOT), resource.path("type").asString(),
                            resource.path("patternType").asString("literal"), resource.path("name").asString()));
                }
            }
        });
        return grants;
    }
}
