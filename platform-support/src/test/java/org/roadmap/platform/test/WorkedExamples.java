package org.roadmap.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * One worked example per operation of a service's API, for integrators: recorded from a tour a test takes
 * through the running service with a client {@link ApiClient#recordedIn recorded in} these, never written by
 * hand, so they stay true. The first exchange of each operation is its example; each must be a success, and
 * a JSON request body must be one the API document admits, as every answer already is. Published as
 * {@code docs/openapi/examples/<service>.md}, in the document's order, and recorded on purpose like the
 * document itself ({@code -Droadmap.openapi.publish=true}; {@link PublishedApiDocument}).
 */
public final class WorkedExamples {

    private static final Path PUBLISHED = PublishedApiDocument.PUBLISHED.resolve("examples");
    private static final Pattern SECTION = Pattern.compile("(?m)^## (\\w+): ");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final String service;
    private final String story;
    private final JsonNode document;
    private final ApiContract contract;
    /** In the order the tour called them. */
    private final Map<String, RecordedExchange> exchanges = new LinkedHashMap<>();
    private String caption;

    private WorkedExamples(String service, String story, JsonNode document) {
        this.service = service;
        this.story = story;
        this.document = document;
        this.contract = ApiContract.of(document);
    }

    /**
     * Examples of the API {@code client}'s service serves.
     *
     * @param story what the tour does, in a sentence or two, for the top of the page
     */
    public static WorkedExamples of(String service, ApiClient client, String story) {
        return new WorkedExamples(service, story, ApiClient.json(client.get("/v3/api-docs")));
    }

    /** Says why the tour makes its next call, above the next example recorded. */
    public synchronized void captionNext(String why) {
        caption = why;
    }

    synchronized void record(HttpRequest request, String body, HttpResponse<String> response) {
        String path = request.uri().getRawPath();
        Optional<String> operationId = contract.operationId(request.method(), path);
        if (operationId.isEmpty()) {
            return;
        }
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + " on the tour of the worked examples, where every call succeeds:\n" + response.body());
        }
        contract.checkRequest(request.method(), path, request.headers().firstValue("Content-Type").orElse(""), body);
        if (!exchanges.containsKey(operationId.get())) {
            exchanges.put(operationId.get(), RecordedExchange.of(operationId.get(), caption, request, body, response));
            caption = null;
        }
    }

    /** Fails naming each operation of the API document the tour has not called. */
    public synchronized void assertEveryOperationShown() {
        assertThat(exchanges.keySet()).as("operations the tour of %s called", service)
                .containsExactlyInAnyOrderElementsOf(operations().stream().map(WorkedExamplesPage.Operation::id)
                        .toList());
    }

    /**
     * With {@code -Droadmap.openapi.publish=true}, writes the examples as published; otherwise fails, saying
     * how to record them, unless the published ones show exactly the operations the tour called (their bodies
     * hold the ids and times of the run that recorded them, so only the operations are compared).
     */
    public synchronized void recordOrAssertPublished() {
        assertEveryOperationShown();
        Path file = PUBLISHED.resolve(service + ".md");
        if (Boolean.getBoolean("roadmap.openapi.publish")) {
            write(file, new WorkedExamplesPage(service, story, operations(), exchanges).markdown());
            return;
        }
        assertThat(sections(file)).as("""
                %s shows other operations than the API serves. Record the examples again: ./mvnw -pl %s -am verify \
                -Dtest=WorkedExamplesTests -Droadmap.openapi.publish=true -Dsurefire.failIfNoSpecifiedTests=false, \
                and read the diff""", file, service).isEqualTo(new TreeSet<>(exchanges.keySet()));
    }

    /** The operations of the API document, in its order. */
    private List<WorkedExamplesPage.Operation> operations() {
        List<WorkedExamplesPage.Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.add(new WorkedExamplesPage.Operation(entry.getValue().path("operationId").asString(),
                        entry.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        entry.getValue().path("summary").asString("")));
            }
        }));
        return operations;
    }

    private static TreeSet<String> sections(Path file) {
        TreeSet<String> operations = new TreeSet<>();
        if (Files.exists(file)) {
            Matcher section = SECTION.matcher(read(file));
            while (section.find()) {
                operations.add(section.group(1));
            }
        }
        return operations;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
