package org.roadmap.deploy.crd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The schema each custom resource kind the chart renders must satisfy, by apiVersion and kind
 * (src/test/resources/crds/README.md says where each comes from).
 */
final class CrdSchemas {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, String> STRIMZI_CRDS = Map.of(
            "Kafka", "kafka.yaml",
            "KafkaNodePool", "kafkanodepool.yaml",
            "KafkaTopic", "kafkatopic.yaml",
            "KafkaUser", "kafkauser.yaml");
    /** Schemas written for this project, closed from the start. */
    private static final Map<String, String> WRITTEN = Map.of(
            "mongodbcommunity.mongodb.com/v1 MongoDBCommunity", "/crds/mongodb/mongodbcommunity.schema.yaml",
            "keda.sh/v1alpha1 ScaledObject", "/crds/keda/scaledobject.schema.yaml",
            "keda.sh/v1alpha1 TriggerAuthentication", "/crds/keda/triggerauthentication.schema.yaml");
    private static final Map<String, Schema> SCHEMAS = new HashMap<>();

    private CrdSchemas() {
    }

    static synchronized Optional<Schema> of(String apiVersion, String kind) {
        String key = apiVersion + " " + kind;
        if (!SCHEMAS.containsKey(key)) {
            load(apiVersion, kind).ifPresent(schema -> SCHEMAS.put(key, REGISTRY.getSchema(schema.toString(), InputFormat.JSON)));
        }
        return Optional.ofNullable(SCHEMAS.get(key));
    }

    static List<String> violations(JsonNode resource) {
        Schema schema = of(resource.path("apiVersion").asString(), resource.path("kind").asString())
                .orElseThrow(() -> new IllegalArgumentException("no schema for " + resource.path("apiVersion").asString()
                        + " " + resource.path("kind").asString()));
        return schema.validate(resource).stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    private static Optional<JsonNode> load(String apiVersion, String kind) {
        String written = WRITTEN.get(apiVersion + " " + kind);
        if (written != null) {
            return Optional.of(read(written));
        }
        String file = STRIMZI_CRDS.get(kind);
        if (file == null || !apiVersion.startsWith("kafka.strimzi.io/")) {
            return Optional.empty();
        }
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        for (JsonNode served : read("/crds/strimzi/" + file).path("spec").path("versions")) {
            if (served.path("name").asString().equals(version)) {
                return Optional.of(ClosedSchema.of(served.path("schema").path("openAPIV3Schema")));
            }
        }
        return Optional.empty();
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = CrdSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
