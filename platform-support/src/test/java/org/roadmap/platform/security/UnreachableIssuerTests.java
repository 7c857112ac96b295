package org.roadmap.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.roadmap.platform.securitysample.SecuredApplication;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.SilentServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * While the issuer's keys cannot be fetched, a token cannot be checked: a passing 503 problem, not
 * a 500 and not a request that waits as long as the issuer stays silent.
 */
@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "spring.application.name=secured-sample"})
class UnreachableIssuerTests {

    private static final SilentServer SILENT_ISSUER = new SilentServer();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "secured-sample-no-issuer");
        // the issuer takes the connection and never answers
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "");
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> SILENT_ISSUER.uri() + "/oauth2/jwks");
        registry.add("roadmap.security.issuer-timeout", () -> "1s");
    }

    @Test
    void aTokenThatCannotBeCheckedWhileTheIssuerIsSilentIsAnsweredAsUnavailable() {
        HttpResponse<String> response = new ApiClient(port).get("/api/v1/caller");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(ApiClient.json(response).get("detail").asString()).contains("issuer");
    }
}
