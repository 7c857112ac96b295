package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Per-client rate limits and request size limits, answered as problems before a service sees the request. */
class LimitsTests extends GatewayTestSupport {

    @Test
    void refusesAClientOverItsRateWithRetryAfter() throws Exception {
        String bearer = freshBearer();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < COMMITMENTS_BURST; i++) {
            statuses.add(send("GET", "/api/v1/commitments", "Authorization", bearer).statusCode());
        }

        HttpResponse<String> refused = send("GET", "/api/v1/commitments", "Authorization", bearer);

        assertThat(statuses).containsOnly(200);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(refused.body()).contains("\"type\":\"/problems/rate-limited\"");
    }

    @Test
    void countsEachClientOnItsOwn() throws Exception {
        String greedy = freshBearer();
        for (int i = 0; i <= COMMITMENTS_BURST; i++) {
            send("GET", "/api/v1/commitments", "Authorization", greedy);
        }

        assertThat(send("GET", "/api/v1/commitments", "Authorization", greedy).statusCode()).isEqualTo(429);
        assertThat(send("GET", "/api/v1/commitments", "Authorization", freshBearer()).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesABodyOverTheRoutesLimit() throws Exception {
        int before = COMMITMENTS.received().size();

        HttpResponse<String> response = sendBody("POST", "/api/v1/commitments", "{\"title\":\"" + "x".repeat(2_000) + "\"}",
                "Authorization", freshBearer(), "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"/problems/request-too-large\"");
        assertThat(COMMITMENTS.received()).hasSize(before);
    }

    @Test
    void acceptsABodyWithinTheLimit() throws Exception {
        HttpResponse<String> response = sendBody("POST", "/api/v1/commitments", "{\"title\":\"Tsunami early warning\"}",
                "Authorization", freshBearer(), "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(COMMITMENTS.last("/api/v1/commitments").body()).isEqualTo("{\"title\":\"Tsunami early warning\"}");
    }
}
