package org.roadmap.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.roadmap.meetings.support.ServiceTest;
import org.roadmap.platform.test.ApiDocumentChecks;
import org.roadmap.platform.test.PublishedApiDocument;

import tools.jackson.databind.JsonNode;

/** The OpenAPI document the service serves says what every operation answers, errors included. */
class ApiDocumentTests extends ServiceTest {

    @Test
    void documentsEveryOperationsProblemsAndMediaTypes() {
        JsonNode document = json(api().get("/v3/api-docs"));

        assertThat(ApiDocumentChecks.assertTruthful(document)).isNotEmpty();
        assertThat(document.at("/paths/~1api~1v1~1calendar~1all.ics/get/responses/200/content").has("text/calendar"))
                .isTrue();
    }

    @Test
    void servesTheDocumentPublishedInDocsOpenapi() {
        PublishedApiDocument.assertPublished("meetings-service", api().get("/v3/api-docs.yaml").body());
    }

    /** {@code -Droadmap.openapi.publish=true}: records the document served as the published one. */
    @Test
    @EnabledIfSystemProperty(named = "roadmap.openapi.publish", matches = "true|correction")
    void recordsTheServedDocumentAsPublished() {
        PublishedApiDocument.record("meetings-service", api().get("/v3/api-docs.yaml").body());
    }
}
