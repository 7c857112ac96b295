package org.roadmap.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.roadmap.commitments.support.ServiceTest;
import org.roadmap.platform.test.ApiDocumentChecks;
import org.roadmap.platform.test.PublishedApiDocument;

import tools.jackson.databind.JsonNode;

/** The OpenAPI document the service serves says what every operation answers, errors included. */
class ApiDocumentTests extends ServiceTest {

    @Test
    void documentsEveryOperationsProblemsAndMediaTypes() {
        JsonNode document = json(api().get("/v3/api-docs"));

        assertThat(ApiDocumentChecks.assertTruthful(document)).isNotEmpty();
        assertThat(document.at("/paths/~1api~1v1~1road-maps~1{roadMapId}~1progress.csv/get/responses/200/content").has("text/csv"))
                .isTrue();
        assertThat(document.at("/paths/~1api~1v1~1commitments~1{id}/patch/responses/412/headers").has("ETag")).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1commitments~1{id}~1progress-reports/post/responses").has("422")).isTrue();
        JsonNode registered = document.at("/paths/~1api~1v1~1commitments/post/responses");
        assertThat(registered.has("201") && !registered.has("200")).as("a registration answers 201 only").isTrue();
        assertThat(registered.at("/201/headers").has("Location")).isTrue();
    }

    /** What a change needs, as the service checks it: the write scope, If-Match, the fields' rules. */
    @Test
    void documentsTheScopeHeadersAndFieldRulesOfAChange() {
        JsonNode document = json(api().get("/v3/api-docs"));

        JsonNode update = document.at("/paths/~1api~1v1~1commitments~1{id}/patch");
        assertThat(update.at("/security/0/bearer-token/0").asString()).isEqualTo("roadmap.write");
        assertThat(document.at("/paths/~1api~1v1~1commitments~1{id}/get").has("security"))
                .as("a read needs any token the platform issued").isFalse();
        JsonNode ifMatch = update.path("parameters").valueStream()
                .filter(p -> p.path("name").asString().equals("If-Match")).findFirst().orElseThrow();
        assertThat(ifMatch.path("required").asBoolean()).isTrue();
        assertThat(update.path("responses").has("428")).isTrue();
        JsonNode register = document.at("/components/schemas/RegisterCommitmentRequest/properties");
        assertThat(register.at("/title/minLength").asInt()).as("@NotBlank: at least one character").isEqualTo(1);
        assertThat(register.at("/venue/enum").valueStream().map(JsonNode::asString))
                .containsExactly("fixed", "alternating");
        assertThat(register.at("/roadMapId/pattern").asString()).as("a pattern matches the whole value")
                .startsWith("^").endsWith("$");
    }

    @Test
    void servesTheDocumentPublishedInDocsOpenapi() {
        PublishedApiDocument.assertPublished("commitments-service", api().get("/v3/api-docs.yaml").body());
    }

    /** {@code -Droadmap.openapi.publish=true}: records the document served as the published one. */
    @Test
    @EnabledIfSystemProperty(named = "roadmap.openapi.publish", matches = "true|correction")
    void recordsTheServedDocumentAsPublished() {
        PublishedApiDocument.record("commitments-service", api().get("/v3/api-docs.yaml").body());
    }
}
