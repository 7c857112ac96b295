package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.roadmap.platform.test.SilentServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * While the issuer's keys cannot be fetched, a token cannot be checked: a passing 503 problem, not
 * a 500 and not a request that waits as long as the issuer stays silent.
 */
class UnreachableIssuerTests extends GatewayTestSupport {

    private static final SilentServer SILENT_ISSUER = new SilentServer();

    @DynamicPropertySource
    static void issuerOutOfReach(DynamicPropertyRegistry registry) {
        // the issuer takes the connection and never answers
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> SILENT_ISSUER.uri() + "/oauth2/jwks");
        registry.add("roadmap.gateway.issuer.timeout", () -> "1s");
    }

    @Test
    void aTokenThatCannotBeCheckedWhileTheIssuerIsSilentIsAnsweredAsUnavailable() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/commitments", "Authorization", freshBearer());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).doesNotContain("Exception");
    }
}
