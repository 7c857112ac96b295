package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A token signed with a key the gateway trusts but issued by another issuer (its {@code iss}) is
 * refused, on the embedded default too, where the keys come from the issuer's address rather than
 * from discovery.
 */
class IssuerCheckTests extends GatewayTestSupport {

    @DynamicPropertySource
    static void anotherIssuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> "http://another-issuer.test");
    }

    @Test
    void refusesATokenOfAnotherIssuerSignedWithATrustedKey() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/commitments", "Authorization", freshBearer());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    }
}
