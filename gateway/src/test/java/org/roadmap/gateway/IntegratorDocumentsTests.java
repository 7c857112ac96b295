package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** What an integrator follows from an event: its dataschema, and the AsyncAPI document, at the gateway. */
class IntegratorDocumentsTests extends GatewayTestSupport {

    @Test
    void resolvesEveryEventsDataschemaAtTheGateway() throws Exception {
        URL folder = getClass().getResource("/static/docs/schemas/");
        assertThat(folder).isNotNull();
        List<String> schemas;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            schemas = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).toList();
        }
        assertThat(schemas).hasSizeGreaterThan(10);
        for (String schema : schemas) {
            HttpResponse<String> response = send("GET", "/schemas/" + schema);

            assertThat(response.statusCode()).as(schema).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(response.body()).contains("\"$id\"");
        }
    }

    @Test
    void servesTheAsyncApiDocumentAsYaml() throws Exception {
        HttpResponse<String> document = send("GET", "/docs/asyncapi.yaml");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
        assertThat(document.body()).contains("asyncapi: 3.0.0");
    }
}
