package org.roadmap.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The JSON Schemas (draft 2020-12) of the events' data, as shipped in this module. Producers'
 * tests validate every event they publish; consumers may validate what they receive. Formats
 * ({@code date}, {@code date-time}, {@code uri}) are asserted, not just annotations as draft
 * 2020-12 has them by default: the records' lenient date reading would otherwise take {@code ""}
 * for a missing date and {@code "1700000000"} for an instant.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<EventType, Schema> SCHEMAS = new EnumMap<>(EventType.class);

    private EventSchemas() {
    }

    /** The violations of {@code json} against the schema of {@code type}; empty when valid. */
    public static List<String> violations(EventType type, String json) {
        return schema(type).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    public static String schemaText(EventType type) {
        return resource(type.schemaResource());
    }

    public static String sampleText(EventType type) {
        return resource(type.sampleResource());
    }

    private static synchronized Schema schema(EventType type) {
        return SCHEMAS.computeIfAbsent(type, t -> REGISTRY.getSchema(schemaText(t), InputFormat.JSON));
    }

    private static String resource(String path) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing contract resource " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
