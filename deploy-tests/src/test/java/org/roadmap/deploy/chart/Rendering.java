package org.roadmap.deploy.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The documents one `helm template` produced, as JSON trees. */
public record Rendering(List<ObjectNode> documents) {

    private static final YAMLMapper YAML = new YAMLMapper();

    public static Rendering of(String manifests) {
        List<ObjectNode> documents = new ArrayList<>();
        try (var values = YAML.readerFor(JsonNode.class).readValues(manifests)) {
            while (values.hasNextValue()) {
                JsonNode document = (JsonNode) values.nextValue();
                if (document != null && document.isObject() && !document.isEmpty()) {
                    documents.add((ObjectNode) document);
                }
            }
        }
        return new Rendering(List.copyOf(documents));
    }

    public Stream<ObjectNode> ofKind(String kind) {
        return documents.stream().filter(document -> kind.equals(document.path("kind").asString()));
    }

    public ObjectNode one(String kind, String name) {
        return ofKind(kind).filter(document -> name.equals(nameOf(document))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " rendered"));
    }

    public static String nameOf(JsonNode document) {
        return document.path("metadata").path("name").asString();
    }

    public static String describe(JsonNode document) {
        return document.path("kind").asString() + " " + nameOf(document);
    }

    /** Kubernetes' own kinds: the core group, a *.k8s.io group, or one of the unsuffixed built-in groups. */
    public static boolean isStandard(String apiVersion) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return group.isEmpty() || group.endsWith(".k8s.io") || Set.of("apps", "policy", "autoscaling", "batch").contains(group);
    }

    /** A copy with one document changed: how a check shows it would catch a broken chart. */
    public Rendering withChanged(String kind, String name, Consumer<ObjectNode> change) {
        List<ObjectNode> copy = documents.stream().map(ObjectNode::deepCopy).toList();
        Rendering changed = new Rendering(copy);
        change.accept(changed.one(kind, name));
        return changed;
    }

    /** A copy without the documents of a kind and name. */
    public Rendering without(String kind, String name) {
        return new Rendering(documents.stream()
                .filter(document -> !(kind.equals(document.path("kind").asString()) && Objects.equals(name, nameOf(document))))
                .map(ObjectNode::deepCopy).toList());
    }
}
