package org.roadmap.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A service's OpenAPI document as published in {@code docs/openapi/<service>.yaml}: the test of each
 * service holds what it serves to the published copy, so a change of the API shows in the change's diff
 * and is recorded on purpose ({@code -Droadmap.openapi.publish=true} writes the served document there).
 */
public final class PublishedApiDocument {

    /** Surefire runs in the module's directory, one below the repository's root. */
    private static final Path PUBLISHED = Path.of("../docs/openapi");

    private PublishedApiDocument() {
    }

    /** The document as served, without what changes from run to run (the server's address). */
    public static String normalised(String served) {
        return served.replaceAll("(?m)^servers:\\n(?:[- ] .*\\n)+", "").stripTrailing() + "\n";
    }

    /** Fails, saying how to record it, when {@code served} is not the published document of {@code service}. */
    public static void assertPublished(String service, String served) {
        Path file = PUBLISHED.resolve(service + ".yaml");
        String published;
        try {
            published = Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(normalised(served)).as("""
                %s serves another API document than the published %s. If the change is meant, record it: \
                ./mvnw -pl %s -am verify -Dtest=ApiDocumentTests -Droadmap.openapi.publish=true \
                -Dsurefire.failIfNoSpecifiedTests=false, and review the diff""", service, file, service)
                .isEqualTo(published);
    }

    /** Writes {@code served} as the published document of {@code service}. */
    public static void record(String service, String served) {
        try {
            Files.createDirectories(PUBLISHED);
            Files.writeString(PUBLISHED.resolve(service + ".yaml"), normalised(served));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
