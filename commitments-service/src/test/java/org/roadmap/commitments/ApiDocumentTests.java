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

    @Test
    void servesTheDocumentPublishedInDocsOpenapi() {
        PublishedApiDocument.assertPublished("commitments-service", api().get("/v3/api-docs.yaml").body());
    }

    /** {@code -Droadmap.openapi.publish=true}: records the document served as the published one. */
    @Test
    @EnabledIfSystemProperty(named = "roadmap.openapi.publish", matches = "true")
    void recordsTheServedDocumentAsPublished() {
        PublishedApiDocument.record("commitments-service", api().get("/v3/api-docs.yaml").body());
    }
}
