package org.roadmap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.identity.TokenRequests.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.platform.test.TestUser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;

import tools.jackson.databind.JsonNode;

/** The issuer with fixed secrets, as services' tests would use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.authorizationserver.issuer=http://issuer.test",
        "roadmap.identity.secrets.jp-editor=jp-secret", "roadmap.identity.secrets.pe-editor=pe-secret",
        "roadmap.identity.secrets.wg-admin=wg-secret", "roadmap.identity.secrets.staff-reader=staff-secret",
        "roadmap.identity.secrets.integrator=integrator-secret", "roadmap.identity.secrets.gateway=gateway-secret",
        "roadmap.identity.secrets.jp-editor.password=jp-password", "roadmap.identity.secrets.pe-editor.password=pe-password",
        "roadmap.identity.secrets.wg-admin.password=wg-password",
        "roadmap.identity.secrets.staff-reader.password=staff-password",
        "roadmap.identity.secrets.integrator.password=integrator-password"})
class IssuerTests extends IssuerOfItsOwn {

    private static final List<TestUser> SEEDED = List.of(TestUser.JP_EDITOR, TestUser.PE_EDITOR, TestUser.WG_ADMIN,
            TestUser.STAFF_READER, TestUser.INTEGRATOR);

    private TokenRequests issuer;

    @BeforeEach
    void client() {
        issuer = new TokenRequests(port);
    }

    @Test
    void issuesEachSeededUserATokenWithTheClaimsOfTheDecision() {
        for (TestUser user : SEEDED) {
            Jwt token = issuer.verify(issuer.accessToken(user.subject(), secretOf(user)));

            assertThat(token.getSubject()).isEqualTo(user.subject());
            assertThat(token.getIssuer().toString()).isEqualTo("http://issuer.test");
            assertThat(token.getAudience()).contains("roadmap");
            assertThat(token.getClaimAsString("name")).isEqualTo(user.name());
            assertThat(token.getClaimAsString("org")).isEqualTo(user.organisation());
            assertThat(token.getClaimAsString("country")).isEqualTo(user.country());
            assertThat(token.getClaimAsStringList("roles")).isEqualTo(user.roles());
            assertThat(token.getClaimAsString("locale")).isEqualTo(user.locale());
            assertThat(token.getClaimAsString("zoneinfo")).isEqualTo(user.zone());
            assertThat(token.getClaimAsString("scope")).isEqualTo(
                    user.roles().contains("editor") || user.roles().contains("admin")
                            ? "roadmap.read roadmap.write" : "roadmap.read");
            assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofHours(1));
        }
    }

    @Test
    void answersTheTokenRequestAsOAuth2Says() {
        JsonNode response = json(issuer.token("pe-editor", "pe-secret"));

        assertThat(response.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(response.get("expires_in").asInt()).isBetween(3590, 3600);
    }

    @Test
    void refusesAWrongSecret() {
        HttpResponse<String> response = issuer.token("pe-editor", "not-the-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void refusesAnUnknownClient() {
        assertThat(issuer.token("someone-else", "pe-secret").statusCode()).isEqualTo(401);
    }

    @Test
    void publishesDiscoveryAndKeys() {
        JsonNode discovery = json(issuer.get("/.well-known/openid-configuration"));

        assertThat(discovery.get("issuer").asString()).isEqualTo("http://issuer.test");
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo("http://issuer.test/oauth2/jwks");
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo("http://issuer.test/oauth2/token");
        JsonNode keys = json(issuer.get("/oauth2/jwks")).get("keys");
        assertThat(keys.size()).isEqualTo(1);
        assertThat(keys.get(0).has("d")).as("no private part published").isFalse();
    }

    @Test
    void answersHealthProbesWithoutAToken() {
        assertThat(issuer.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(issuer.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(issuer.get("/actuator/prometheus").statusCode()).isEqualTo(200);
    }

    @Test
    void keepsEverythingElseClosed() {
        assertThat(issuer.get("/actuator/env").statusCode()).isIn(401, 403);
        assertThat(issuer.get("/anything").statusCode()).isIn(401, 403);
    }

    @Test
    void storesNoFixedSecret() {
        assertThat(data.resolve("secrets.properties")).doesNotExist();
    }

    private static String secretOf(TestUser user) {
        return switch (user.subject()) {
            case "jp-editor" -> "jp-secret";
            case "pe-editor" -> "pe-secret";
            case "wg-admin" -> "wg-secret";
            case "staff-reader" -> "staff-secret";
            default -> "integrator-secret";
        };
    }
}
