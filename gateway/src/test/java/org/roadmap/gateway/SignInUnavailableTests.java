package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Before the issuer has written the gateway's client secret (its first start on the embedded
 * default still under way), a person who signs in gets a passing 503 problem, not a 500; machine
 * clients are not affected.
 */
class SignInUnavailableTests extends GatewayTestSupport {

    @DynamicPropertySource
    static void noSecretYet(DynamicPropertyRegistry registry) {
        registry.add("roadmap.gateway.sign-in.client-secret", () -> "");
        registry.add("roadmap.gateway.sign-in.secrets-file", () -> "target/no-such-dir/secrets.properties");
    }

    @Test
    void answersASignInWithoutTheGatewaysSecretAsUnavailable() throws Exception {
        HttpResponse<String> response = send("GET", "/oauth2/authorization/roadmap");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(send("GET", "/api/v1/commitments", "Authorization", freshBearer()).statusCode()).isEqualTo(200);
    }
}
