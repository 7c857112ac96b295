package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** One Swagger UI page over the three services' OpenAPI documents, usable through the gateway with a token. */
class ApiDocsTests extends GatewayTestSupport {

    @Test
    void servesAServicesDocumentPointedAtTheGatewayWithBearerSignIn() throws Exception {
        HttpResponse<String> document = send("GET", "/v3/api-docs/commitments");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(COMMITMENTS.received()).anyMatch(r -> r.uri().equals("/v3/api-docs"));
        assertThat(document.body()).contains("\"servers\":[{\"url\":\"/\"").doesNotContain("8081")
                .contains("\"securitySchemes\":{\"bearer-token\":{\"type\":\"http\",\"scheme\":\"bearer\",\"bearerFormat\":\"JWT\"")
                .contains("\"security\":[{\"bearer-token\":[]}]").contains("/api/v1/commitments");
        var responses = tools.jackson.databind.json.JsonMapper.shared().readTree(document.body())
                .at("/paths/~1api~1v1~1commitments/get/responses");
        assertThat(responses.path("429").path("headers").has("Retry-After")).isTrue();
        assertThat(responses.path("429").at("/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(responses.has("401") && responses.has("413") && responses.has("503")).isTrue();
    }

    @Test
    void listsTheThreeServicesOnTheSwaggerUiPage() throws Exception {
        HttpResponse<String> config = send("GET", "/v3/api-docs/gateway/swagger-config");

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs/commitments").contains("/v3/api-docs/meetings")
                .contains("/v3/api-docs/notifications");
        HttpResponse<String> page = send("GET", "/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self';"));
    }
}
