package org.roadmap.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.roadmap.notifications.support.ServiceTest;
import org.roadmap.platform.test.ApiDocumentChecks;
import org.roadmap.platform.test.PublishedApiDocument;

import tools.jackson.databind.JsonNode;

/** The OpenAPI document the service serves says what every operation answers, errors included. */
class ApiDocumentTests extends ServiceTest {

    @Test
    void documentsEveryOperationsProblemsAndMediaTypes() {
        JsonNode document = json(api().get("/v3/api-docs"));

        assertThat(ApiDocumentChecks.assertTruthful(document)).isNotEmpty();
        JsonNode unsubscribed = document.at("/paths/~1api~1v1~1subscriptions~1{id}/delete/responses");
        assertThat(unsubscribed.has("204") && !unsubscribed.has("200")).as("unsubscribing answers 204").isTrue();
    }

    @Test
    void servesTheDocumentPublishedInDocsOpenapi() {
        PublishedApiDocument.assertPublished("notifications-service", api().get("/v3/api-docs.yaml").body());
    }

    /** {@code -Droadmap.openapi.publish=true}: records the document served as the published one. */
    @Test
    @EnabledIfSystemProperty(named = "roadmap.openapi.publish", matches = "true")
    void recordsTheServedDocumentAsPublished() {
        PublishedApiDocument.record("notifications-service", api().get("/v3/api-docs.yaml").body());
    }
}
