package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** While the issuer's keys cannot be fetched, a token cannot be checked: a passing 503 problem, not a 500. */
class UnreachableIssuerTests extends GatewayTestSupport {

    @DynamicPropertySource
    static void issuerOutOfReach(DynamicPropertyRegistry registry) {
        // nobody listens on port 9 (discard) here
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> "http://127.0.0.1:9/oauth2/jwks");
    }

    @Test
    void aTokenThatCannotBeCheckedIsAnsweredAsUnavailable() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/commitments", "Authorization", freshBearer());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).doesNotContain("Exception");
    }
}
