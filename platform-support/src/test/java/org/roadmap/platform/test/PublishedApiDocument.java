package org.roadmap.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;

/**
 * A service's OpenAPI document as published in {@code docs/openapi/<service>.yaml}: the test of each
 * service holds what it serves to the published copy, so a change of the API shows in the change's diff
 * and is recorded on purpose ({@code -Droadmap.openapi.publish=true} writes the served document there),
 * and only a compatible change can be recorded (openapi-diff; ADR 10): an operation removed, a field or
 * status a client reads taken away, a parameter or field made required fails, naming the operation, unless
 * it is recorded as a correction ({@link #record}).
 */
public final class PublishedApiDocument {

    /** Surefire runs in the module's directory, one below the repository's root. */
    static final Path PUBLISHED = Path.of("../docs/openapi");

    private PublishedApiDocument() {
    }

    /** The document as served, without what changes from run to run (the server's address). */
    public static String normalised(String served) {
        return served.replaceAll("(?m)^servers:\\n(?:[- ] .*\\n)+", "").stripTrailing() + "\n";
    }

    /** Fails, saying how to record it, when {@code served} is not the published document of {@code service}. */
    public static void assertPublished(String service, String served) {
        Path file = PUBLISHED.resolve(service + ".yaml");
        String published = published(file);
        assertCompatible(service, published, served);
        assertThat(normalised(served)).as("""
                %s serves another API document than the published %s. If the change is meant, record it: \
                ./mvnw -pl %s -am verify -Dtest=ApiDocumentTests -Droadmap.openapi.publish=true \
                -Dsurefire.failIfNoSpecifiedTests=false, and review the diff""", service, file, service)
                .isEqualTo(published);
    }

    /**
     * Writes {@code served} as the published document of {@code service}, if it changes it compatibly; with
     * {@code -Droadmap.openapi.publish=correction} also a change openapi-diff calls incompatible, which it prints:
     * for a document that admitted what the API has always refused (a value list, a required field or header,
     * a length), corrected to what the API does (ADR 10).
     */
    public static void record(String service, String served) {
        try {
            assertCompatible(service, published(PUBLISHED.resolve(service + ".yaml")), served);
        } catch (AssertionError incompatible) {
            if (!"correction".equals(System.getProperty("roadmap.openapi.publish"))) {
                throw incompatible;
            }
            System.out.println("Recorded as a correction of the document to what the API does: "
                    + incompatible.getMessage());
        }
        try {
            Files.createDirectories(PUBLISHED);
            Files.writeString(PUBLISHED.resolve(service + ".yaml"), normalised(served));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws AssertionError naming each operation {@code served} changes incompatibly against {@code published} */
    static void assertCompatible(String service, String published, String served) {
        if (published.isEmpty()) {
            return;
        }
        ChangedOpenApi changes = OpenApiCompare.fromContents(published, normalised(served));
        if (!changes.isIncompatible()) {
            return;
        }
        List<String> broken = new ArrayList<>();
        changes.getMissingEndpoints().forEach(e -> broken.add(e.getMethod() + " " + e.getPathUrl() + ": removed"));
        changes.getChangedOperations().stream().filter(ChangedOperation::isIncompatible).forEach(op -> broken.add(
                op.getHttpMethod() + " " + op.getPathUrl() + ": " + incompatible(op)));
        throw new AssertionError(service + " changes its published API incompatibly:\n  " + String.join("\n  ", broken)
                + "\nA published version changes only compatibly (docs/adr/0010-the-rest-api-changes-compatibly.md):"
                + " add optional fields, parameters, operations; for anything else add /api/v2 beside /api/v1.");
    }

    /** What of an operation changed incompatibly: its parameters, request body, responses (by status). */
    private static String incompatible(ChangedOperation op) {
        List<String> parts = new ArrayList<>();
        if (op.getParameters() != null && op.getParameters().isIncompatible()) {
            parts.add("parameters " + op.getParameters().getMissing().stream().map(p -> p.getName()).toList()
                    + " removed or " + op.getParameters().getChanged().stream().map(c -> c.getName()).toList()
                    + " changed");
        }
        if (op.getRequestBody() != null && op.getRequestBody().isIncompatible()) {
            parts.add("request body");
        }
        if (op.getApiResponses() != null && op.getApiResponses().isIncompatible()) {
            parts.add("responses " + op.getApiResponses().getMissing().keySet() + " removed or "
                    + op.getApiResponses().getChanged().keySet() + " changed");
        }
        return parts.isEmpty() ? "changed incompatibly" : String.join("; ", parts);
    }

    private static String published(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
