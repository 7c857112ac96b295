package org.roadmap.deploy.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The values a render used: the chart's values.yaml with a values file on top, merged as Helm does. */
public record ChartValues(JsonNode tree) {

    private static final YAMLMapper YAML = new YAMLMapper();

    public static ChartValues of(ValuesFile values) {
        ObjectNode merged = read(HelmChart.DIRECTORY.resolve("values.yaml"));
        values.path().ifPresent(file -> merge(merged, read(file)));
        return new ChartValues(merged);
    }

    /** The Secrets the platform team makes beforehand: every non-empty existingSecret, and the image pull Secrets. */
    public Set<String> existingSecrets() {
        Set<String> names = new TreeSet<>();
        collect(tree, names);
        tree.path("image").path("pullSecrets").forEach(secret -> names.add(secret.path("name").asString()));
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (property.getKey().equals("existingSecret") && property.getValue().isString()
                    && !property.getValue().asString().isEmpty()) {
                names.add(property.getValue().asString());
            }
            collect(property.getValue(), names);
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, names));
        }
    }

    /** Maps merge key by key; anything else (lists too) is replaced. */
    private static void merge(ObjectNode base, JsonNode overlay) {
        for (Map.Entry<String, JsonNode> property : overlay.properties()) {
            JsonNode current = base.get(property.getKey());
            if (current instanceof ObjectNode object && property.getValue().isObject()) {
                merge(object, property.getValue());
            } else {
                base.set(property.getKey(), property.getValue());
            }
        }
    }

    private static ObjectNode read(Path file) {
        try {
            return (ObjectNode) YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
