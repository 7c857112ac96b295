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

    /** A recipient is created whole and patched in part; one's own inbox and recipient need no write scope. */
    @Test
    void documentsWhatACreationRequiresAndWhatAPersonalChangeNeeds() {
        JsonNode document = json(api().get("/v3/api-docs"));

        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.at("/RecipientRequest/required").valueStream().map(JsonNode::asString))
                .contains("name", "organisation", "country", "language", "timeZone");
        assertThat(document.at("/paths/~1api~1v1~1recipients~1{id}/patch/requestBody/content/application~1merge-patch+json"
                + "/schema/$ref").asString()).isEqualTo("#/components/schemas/RecipientPatch");
        assertThat(schemas.at("/RecipientPatch").has("required")).as("nothing is required in a patch").isFalse();
        assertThat(schemas.at("/RecipientRequest/properties/channels/items/enum").valueStream().map(JsonNode::asString))
                .containsExactly("email", "webhook", "inbox");
        assertThat(document.at("/paths/~1api~1v1~1inbox~1items~1{itemId}~1read/post").has("security"))
                .as("marking one's own alert read needs a token, not the write scope").isFalse();
        assertThat(document.at("/paths/~1api~1v1~1deliveries/get/parameters").findValues("enum").get(0)
                .valueStream().map(JsonNode::asString)).containsExactly("pending", "sent", "failed");
    }

    @Test
    void servesTheDocumentPublishedInDocsOpenapi() {
        PublishedApiDocument.assertPublished("notifications-service", api().get("/v3/api-docs.yaml").body());
    }

    /** {@code -Droadmap.openapi.publish=true}: records the document served as the published one. */
    @Test
    @EnabledIfSystemProperty(named = "roadmap.openapi.publish", matches = "true|correction")
    void recordsTheServedDocumentAsPublished() {
        PublishedApiDocument.record("notifications-service", api().get("/v3/api-docs.yaml").body());
    }
}
