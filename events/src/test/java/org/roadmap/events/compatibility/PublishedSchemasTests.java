package org.roadmap.events.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.roadmap.events.EventJson;
import org.roadmap.events.EventSchemas;
import org.roadmap.events.EventType;
import org.roadmap.events.compatibility.SchemaCompatibility.Changes;

/**
 * The build step that keeps published event schemas compatible: every schema under
 * {@code src/contract/published/v<N>/} is compared with the schema the code has now, and a
 * breaking change fails the build naming the event and the field.
 */
class PublishedSchemasTests {

    /** Surefire runs in the module directory. */
    static final Path PUBLISHED = Path.of("src/contract/published");

    private static final String HOW_TO_BREAK = """

            A published major version only changes compatibly: new optional fields, new event types \
            (docs/adr/0005-published-schemas-change-compatibly.md). For anything else publish .v2 types \
            on a roadmap.<service>.v2 topic and keep .v1 until integrators have moved.""";

    @Test
    void publishedSchemasOnlyChangedCompatibly() throws IOException {
        List<String> breaking = new ArrayList<>();
        for (Path file : publishedFiles()) {
            String event = eventName(file);
            Optional<EventType> type = Arrays.stream(EventType.values())
                    .filter(t -> t.shortName().equals(event)).findFirst();
            if (type.isEmpty()) {
                breaking.add(event + ": the event type was removed, but it is published");
                continue;
            }
            if (EventSchemas.class.getResource(type.get().schemaResource()) == null) {
                breaking.add(event + ": its schema file " + type.get().schemaResource() + " was removed, but it is published");
                continue;
            }
            Changes changes = SchemaCompatibility.compare(EventJson.tree(Files.readString(file)),
                    EventJson.tree(EventSchemas.schemaText(type.get())));
            changes.breaking().forEach(change -> breaking.add(event + ": " + change));
            changes.compatible().forEach(change -> System.out.println("[contract] " + event + ": " + change
                    + " (compatible; record it once merged, see events/src/contract/README.md)"));
        }

        if (!breaking.isEmpty()) {
            fail("Incompatible changes to published event schemas:\n  " + String.join("\n  ", breaking) + HOW_TO_BREAK);
        }
    }

    @Test
    void everyPublishedSchemaLivesUnderItsMajorVersion() throws IOException {
        for (Path file : publishedFiles()) {
            assertThat(eventName(file)).as(file.toString()).endsWith("." + file.getParent().getFileName());
        }
    }

    @Test
    void everyEventTypeOfAPublishedMajorVersionIsPublishedOrReportedAsNew() throws IOException {
        List<String> published = publishedFiles().stream().map(PublishedSchemasTests::eventName).toList();

        List<String> unpublished = Arrays.stream(EventType.values()).map(EventType::shortName)
                .filter(name -> !published.contains(name)).toList();

        // not a failure: a new type may be published in the change that introduces it, or later
        unpublished.forEach(name -> System.out.println("[contract] " + name
                + " has no published schema yet; publish it with -Droadmap.contract.publish=true"));
        assertThat(published).as("published schemas").isNotEmpty();
    }

    /** {@code -Droadmap.contract.publish=true}: records the current schemas as published. */
    @Test
    @EnabledIfSystemProperty(named = "roadmap.contract.publish", matches = "true")
    void recordsTheCurrentSchemasAsPublished() throws IOException {
        publishedSchemasOnlyChangedCompatibly();
        for (EventType type : EventType.values()) {
            String version = type.shortName().substring(type.shortName().lastIndexOf('.') + 1);
            Path target = PUBLISHED.resolve(version).resolve(type.shortName() + ".json");
            Files.createDirectories(target.getParent());
            String current = EventSchemas.schemaText(type);
            if (!Files.exists(target) || !Files.readString(target).equals(current)) {
                Files.writeString(target, current);
                System.out.println("[contract] recorded " + target);
            }
        }
    }

    private static List<Path> publishedFiles() throws IOException {
        if (!Files.isDirectory(PUBLISHED)) {
            throw new IllegalStateException("No published schemas at " + PUBLISHED.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(PUBLISHED)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String eventName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }
}
