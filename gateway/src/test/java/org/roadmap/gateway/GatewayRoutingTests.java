package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

class GatewayRoutingTests extends GatewayTestSupport {

    @Test
    void routesCommitmentRequestsToCommitmentsService() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/commitments?roadMapId=jp-pe-2024-2033", "Authorization",
                freshBearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"content\":[]}");
        assertThat(COMMITMENTS.received()).anyMatch(r -> r.uri().equals("/api/v1/commitments?roadMapId=jp-pe-2024-2033"));
    }

    @Test
    void answersAServiceThatIsDownWithAProblemNotAGatewayError() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/meeting-series", "Authorization", freshBearer());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("\"service\":\"meetings-service\"").contains("\"instance\":\"/api/v1/meeting-series\"");
    }

    @Test
    void answersAnApiDocumentWhoseServiceIsDownWithAProblem() throws Exception {
        HttpResponse<String> response = send("GET", "/v3/api-docs/notifications");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"service\":\"notifications-service\"");
    }

    @Test
    void answersALiveStreamWhoseServiceIsDownWithAProblem() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/inbox/stream", "Authorization", freshBearer());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void answersAnUnknownPathWithAProblem() throws Exception {
        HttpResponse<String> response = send("GET", "/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").doesNotContain("trace").doesNotContain("Exception");
    }

    @Test
    void servesTheEventContractForIntegrators() throws Exception {
        HttpResponse<String> asyncApi = send("GET", "/docs/asyncapi.yaml");
        HttpResponse<String> schema = send("GET", "/docs/schemas/commitment.registered.v1.json");

        assertThat(asyncApi.statusCode()).isEqualTo(200);
        assertThat(asyncApi.body()).contains("asyncapi: 3.0.0").contains("roadmap.commitments.v1");
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).contains("urn:roadmap:events:commitment.registered.v1");
        assertThat(send("GET", "/docs/samples/meeting.held.v1.json").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/docs/EventType.class").statusCode()).isEqualTo(404);
    }

    @Test
    void isReadyOnItsOwn() throws Exception {
        assertThat(send("GET", "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/prometheus").body()).contains("application=\"gateway\"");
    }
}
