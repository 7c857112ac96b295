package org.roadmap.platform.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The markdown page of a service's worked examples: what they are and how they were made, the tour in the
 * order it ran (the story an integrator follows), then each operation's example in the API document's order
 * (where an integrator looks one up).
 */
final class WorkedExamplesPage {

    /** An operation as the API document lists it. */
    record Operation(String id, String method, String template, String summary) {

        String heading() {
            return id + ": " + method + " " + template;
        }

        /** The anchor GitHub gives the heading: lower case, punctuation but hyphens dropped, spaces as hyphens. */
        String anchor() {
            return heading().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
        }
    }

    private final String service;
    private final String story;
    private final List<Operation> operations;
    private final List<RecordedExchange> tour;

    /** @param exchanges by operation id, in the order the tour called them */
    WorkedExamplesPage(String service, String story, List<Operation> operations,
            Map<String, RecordedExchange> exchanges) {
        this.service = service;
        this.story = story;
        this.operations = operations;
        this.tour = new ArrayList<>(exchanges.values());
    }

    String markdown() {
        StringBuilder page = new StringBuilder(header()).append("\n## The tour\n\n");
        for (int step = 1; step <= tour.size(); step++) {
            RecordedExchange exchange = tour.get(step - 1);
            page.append(step).append(". [").append(exchange.operationId()).append("](#")
                    .append(operation(exchange.operationId()).anchor()).append(')')
                    .append(exchange.caption() == null ? "" : ": " + exchange.caption()).append('\n');
        }
        for (Operation operation : operations) {
            page.append('\n').append(section(operation));
        }
        return page.toString();
    }

    private String header() {
        return """
                # Worked examples: %1$s

                One request and its answer for each operation of the %1$s API ([its OpenAPI \
                document](../%1$s.yaml)), for integrators. %2$s

                They are recorded from a real run, not written by hand: the test `WorkedExamplesTests` of %1$s \
                takes the tour below through the running service over HTTP, and holds every answer, and every \
                JSON request body, to the API document. Ids, versions and times are those of that run. The test \
                fails when the service gains or loses an operation; record the examples again with

                ```shell
                ./mvnw -pl %1$s -am verify -Dtest=WorkedExamplesTests -Droadmap.openapi.publish=true \
                -Dsurefire.failIfNoSpecifiedTests=false
                ```

                Requests are shown without the host: send them through the gateway (port 8080 of the \
                embedded default) or to the service itself, under the same paths. `Bearer <access token>` stands \
                for an access token of the caller named above the request ([how to get \
                one](../../adr/0006-sign-in-and-authorisation.md)). Only the headers a client sends or reads are \
                shown. JSON is pretty-printed; an answer's array of more than %3$d items shows its first %4$d and \
                how many more there are, a calendar its first event, any other text its first %5$d lines.
                """.formatted(service, story, ReadableBody.ARRAY_ITEMS_SHOWN + 1, ReadableBody.ARRAY_ITEMS_SHOWN,
                ReadableBody.TEXT_LINES_SHOWN);
    }

    private String section(Operation operation) {
        RecordedExchange exchange = tour.stream().filter(e -> e.operationId().equals(operation.id())).findFirst()
                .orElseThrow();
        StringBuilder section = new StringBuilder("## ").append(operation.heading()).append("\n\n");
        if (!operation.summary().isEmpty()) {
            section.append(operation.summary()).append("\n\n");
        }
        section.append("Step ").append(tour.indexOf(exchange) + 1).append(" of [the tour](#the-tour)")
                .append(exchange.caller() == null ? "" : ", by " + exchange.caller()).append('.')
                .append(exchange.caption() == null ? "" : " " + exchange.caption()).append("\n\n")
                .append("```http\n").append(exchange.request()).append("\n```\n\n")
                .append("```http\n").append(exchange.response()).append("\n```\n");
        if (exchange.streamed()) {
            section.append("\nAn event stream stays open; shown is what came up to its first event, after which the"
                    + " client hung up.\n");
        }
        return section.toString();
    }

    private Operation operation(String id) {
        return operations.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }
}
