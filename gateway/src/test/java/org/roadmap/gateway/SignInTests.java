package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;

/** docs/adr/0006 at the front door: the API needs a valid token, which travels on unchanged; the rest is open. */
class SignInTests extends GatewayTestSupport {

    @Test
    void refusesTheApiWithoutATokenAsAProblemWithABearerChallenge() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/commitments");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"instance\":\"/api/v1/commitments\"").contains("\"requestId\"");
    }

    @Test
    void refusesAnExpiredTokenNamingTheFault() throws Exception {
        String expired = "Bearer " + TestTokens.token(TestUser.PE_EDITOR, Duration.ofMinutes(-5));

        HttpResponse<String> response = send("GET", "/api/v1/road-maps/jp-pe-2024-2033/progress", "Authorization", expired);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(response.body()).contains("not valid");
    }

    @Test
    void refusesATokenSignedByAnotherKey() throws Exception {
        String forged = TestTokens.bearer(TestUser.WG_ADMIN);
        String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        assertThat(send("GET", "/api/v1/commitments", "Authorization", tampered).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/v1/commitments", "Authorization", "Bearer not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void passesAValidTokenOnUnchanged() throws Exception {
        String bearer = freshBearer();

        HttpResponse<String> response = send("GET", "/api/v1/road-maps/jp-pe-2024-2033/progress", "Authorization", bearer);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(COMMITMENTS.last("/api/v1/road-maps/jp-pe-2024-2033/progress").headers().getFirst("Authorization"))
                .isEqualTo(bearer);
    }

    @Test
    void leavesTheDashboardDocumentationAndHealthOpen() throws Exception {
        assertThat(send("GET", "/").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/docs/asyncapi.yaml").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/swagger-ui.html").statusCode()).isIn(200, 302);
        assertThat(send("GET", "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void keepsOperationalEndpointsForAdmins() throws Exception {
        assertThat(send("GET", "/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(send("GET", "/actuator/metrics", "Authorization", freshBearer()).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/actuator/metrics", "Authorization", TestTokens.bearer(TestUser.WG_ADMIN)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void proxiesTheIssuersTokenKeysAndDiscovery() throws Exception {
        HttpResponse<String> token = sendBody("POST", "/oauth2/token", "grant_type=client_credentials",
                "Authorization", "Basic c3RhZmYtcmVhZGVyOnMzY3JldA==", "Content-Type", "application/x-www-form-urlencoded");
        HttpResponse<String> wrongSecret = sendBody("POST", "/oauth2/token", "grant_type=client_credentials",
                "Authorization", "Basic c3RhZmYtcmVhZGVyOndyb25n", "Content-Type", "application/x-www-form-urlencoded");

        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(token.body()).contains("access_token");
        assertThat(IDENTITY.last("/oauth2/token").body()).isEqualTo("grant_type=client_credentials");
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(send("GET", "/oauth2/jwks").body()).contains("\"kid\":\"test\"");
        assertThat(send("GET", "/.well-known/openid-configuration").body()).contains(TestTokens.ISSUER);

        String issued = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        assertThat(send("GET", "/api/v1/commitments", "Authorization", "Bearer " + issued).statusCode()).isEqualTo(200);
    }
}
