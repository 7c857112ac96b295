package org.roadmap.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.platform.test.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.platform.securitysample.SecuredApplication;
import org.roadmap.platform.test.ApiClient;
import org.roadmap.platform.test.EmbeddedInfrastructure;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "spring.application.name=secured-sample",
                "roadmap.security.open-paths=/api/v1/feeds/**",
                "roadmap.security.personal-paths=/api/v1/mine/**"})
class SignInTests {

    @LocalServerPort
    int port;

    private ApiClient api;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "secured-sample");
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void resolvesTheCallerFromTheTokensClaims() {
        JsonNode caller = json(api.as(TestUser.PE_EDITOR).get("/api/v1/caller"));

        assertThat(caller.get("subject").asString()).isEqualTo("pe-editor");
        assertThat(caller.get("name").asString()).isEqualTo("Lucía Quispe");
        assertThat(caller.get("organisation").asString()).isEqualTo("Ministry of Foreign Affairs of Peru (MRE)");
        assertThat(caller.get("country").asString()).isEqualTo("PE");
        assertThat(caller.get("roles").toString()).contains("editor");
        assertThat(caller.get("scopes").toString()).contains("roadmap.write");
        JsonNode actor = json(api.as(TestUser.PE_EDITOR).get("/api/v1/caller/actor"));
        assertThat(actor.get("actor").asString()).isEqualTo("Lucía Quispe (pe-editor)");
        assertThat(actor.get("mayWrite").asBoolean()).isTrue();
    }

    @Test
    void showsRestrictedItemsToAdminsEditorsAndReadersOnly() {
        for (TestUser staff : List.of(TestUser.WG_ADMIN, TestUser.PE_EDITOR, TestUser.STAFF_READER)) {
            assertThat(seesRestricted(api.as(staff))).as(staff.subject()).isTrue();
        }
        TestUser unknownRole = new TestUser("auditor", "Auditor", "Another agency", null, List.of("auditor"), "en", "UTC");
        for (TestUser other : List.of(TestUser.INTEGRATOR, TestUser.WITHOUT_ROLES, unknownRole)) {
            assertThat(seesRestricted(api.as(other))).as(other.subject()).isFalse();
        }
        assertThat(json(api.withoutToken().get("/api/v1/feeds/clearance")).get("seesRestricted").asBoolean()).isFalse();
    }

    @Test
    void refusesATokenIssuedForAnotherAudienceOrForNone() {
        for (String token : List.of(TestTokens.forAudience(TestUser.WG_ADMIN),
                TestTokens.forAudience(TestUser.WG_ADMIN, "another-application"))) {
            HttpResponse<String> response = api.withToken(token).get("/api/v1/caller");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(json(response).get("detail").asString()).contains("audience (aud) must include roadmap");
        }
        assertThat(api.withToken(TestTokens.forAudience(TestUser.WG_ADMIN, "another-application", "roadmap"))
                .get("/api/v1/caller").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesChangesToAnEditorsTokenAskedForWithTheReadScopeOnly() {
        ApiClient readOnlyEditor = api.withToken(TestTokens.withScope(TestUser.PE_EDITOR, "roadmap.read"));

        HttpResponse<String> response = readOnlyEditor.post("/api/v1/things", "{}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("detail").asString()).contains("roadmap.write");
        assertThat(json(readOnlyEditor.get("/api/v1/caller/actor")).get("mayWrite").asBoolean()).isFalse();
        assertThat(readOnlyEditor.post("/api/v1/mine/things", "{}").statusCode()).isEqualTo(201);
    }

    private static boolean seesRestricted(ApiClient client) {
        return json(client.get("/api/v1/caller/actor")).get("seesRestricted").asBoolean();
    }

    @Test
    void refusesARequestWithoutATokenWithBearerChallengeAndProblem() {
        HttpResponse<String> response = api.withoutToken().get("/api/v1/caller");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(json(response).get("status").asInt()).isEqualTo(401);
        assertThat(json(response).get("instance").asString()).isEqualTo("/api/v1/caller");
    }

    @Test
    void refusesAnExpiredToken() {
        HttpResponse<String> response = api.withToken(TestTokens.token(TestUser.WG_ADMIN, Duration.ofMinutes(-5)))
                .get("/api/v1/caller");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        assertThat(json(response).get("detail").asString()).contains("expired");
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        String forged = TestTokens.token(TestUser.WG_ADMIN, Duration.ofHours(1));
        String[] parts = forged.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertThat(api.withToken(tampered).get("/api/v1/caller").statusCode()).isEqualTo(401);
    }

    @Test
    void refusesChangesToReadersAndIntegratorsNamingTheRule() {
        for (TestUser reader : new TestUser[] {TestUser.STAFF_READER, TestUser.INTEGRATOR, TestUser.WITHOUT_ROLES}) {
            HttpResponse<String> response = api.as(reader).post("/api/v1/things", "{}");

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(json(response).get("detail").asString()).contains("roadmap.write");
        }
    }

    @Test
    void letsEditorsAndAdminsChange() {
        assertThat(api.as(TestUser.JP_EDITOR).post("/api/v1/things", "{}").statusCode()).isEqualTo(201);
        assertThat(json(api.post("/api/v1/things", "{}")).get("by").asString())
                .isEqualTo("Road Map working group (wg-admin)");
    }

    @Test
    void answersAServicesOwnRefusalAsForbiddenProblem() {
        HttpResponse<String> response = api.get("/api/v1/refused");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("detail").asString()).isEqualTo("Only the working group may do this.");
    }

    @Test
    void letsAReaderChangeOnPersonalPathsButStillNeedsAToken() {
        assertThat(api.as(TestUser.STAFF_READER).post("/api/v1/mine/things", "{}").statusCode()).isEqualTo(201);
        assertThat(api.withoutToken().post("/api/v1/mine/things", "{}").statusCode()).isEqualTo(401);
        assertThat(api.as(TestUser.STAFF_READER).post("/api/v1/things", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void keepsHealthAndDocumentationOpen() {
        assertThat(api.withoutToken().get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(api.withoutToken().get("/actuator/prometheus").statusCode()).isEqualTo(200);
    }

    @Test
    void readsConfiguredOpenPathsWithoutATokenButNothingElse() {
        HttpResponse<String> feed = api.withoutToken().get("/api/v1/feeds/all.ics");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).isEqualTo("feed for anonymous");
        assertThat(api.withoutToken().post("/api/v1/feeds/all.ics", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void keepsNoSession() {
        assertThat(api.get("/api/v1/caller").headers().firstValue("Set-Cookie")).isEmpty();
    }
}
