package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A person signs in to the dashboard through the gateway (the backend for the frontend): sent to the
 * issuer with PKCE, back with a code the gateway exchanges, then only an HttpOnly session cookie in
 * the browser, the token relayed to the services, CSRF protection on the session's changes, and
 * sign-out at both. Machine clients with bearer tokens are untouched by any of it.
 */
class DashboardSessionTests extends GatewayTestSupport {

    private Browser browser;
    private TestUser person;

    @BeforeEach
    void newBrowser() {
        browser = new Browser(port);
        person = TestUser.PE_EDITOR.of("pe-editor-" + UUID.randomUUID(), TestUser.PE_EDITOR.organisation(), "PE");
    }

    @Test
    void sendsThePersonToTheIssuerWithPkce() throws Exception {
        HttpResponse<String> start = browse("GET", "/oauth2/authorization/roadmap");

        assertThat(start.statusCode()).isEqualTo(302);
        String location = start.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(TestTokens.ISSUER + "/oauth2/authorize?");
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo(StandInSignIn.CLIENT_ID);
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("code_challenge")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(query.getFirst("scope")).contains("openid").contains("roadmap.read");
        assertThat(Browser.decode(query.getFirst("redirect_uri"))).as("the gateway's own callback")
                .isEqualTo("http://127.0.0.1:" + port + "/login/oauth2/code/roadmap");
    }

    @Test
    void keepsTheTokensInTheSessionAndGivesTheBrowserOnlyAnHttpOnlySameSiteCookie() throws Exception {
        HttpResponse<String> back = signIn();

        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location")).hasValue("/");
        assertThat(IDENTITY.last("/oauth2/token").body()).contains("code_verifier=");
        String session = back.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + back.headers()));
        assertThat(session).containsIgnoringCase("; HttpOnly").contains("SameSite=Lax").doesNotContainIgnoringCase("Secure")
                .as("Secure only over https").doesNotContain("Expires");
        assertThat(back.body()).doesNotContain("ey");

        HttpResponse<String> who = browse("GET", "/session");
        assertThat(who.statusCode()).isEqualTo(200);
        assertThat(who.body()).contains("\"sub\":\"" + person.subject() + "\"").contains("\"org\":\"" + person.organisation())
                .doesNotContain("access_token");
    }

    @Test
    void relaysTheSessionsAccessTokenToTheServices() throws Exception {
        signIn();

        HttpResponse<String> response = browse("GET", "/api/v1/commitments?reference=I.3");

        assertThat(response.statusCode()).isEqualTo(200);
        String relayed = COMMITMENTS.last("/api/v1/commitments?reference=I.3").headers().getFirst("Authorization");
        assertThat(relayed).startsWith("Bearer ey");
    }

    /**
     * The dashboard opened after the access token has expired asks for several things at once. Each needs the token
     * renewed, and the issuer takes each refresh token once: one renewal must serve them all, or all but one are
     * refused and the person is signed out.
     */
    @Test
    void renewsAnExpiredTokenOnceForTheRequestsThatNeedItAtOnce() throws Exception {
        // within the minute before it expires, a token counts as expired already
        signIn(Duration.ofSeconds(30));
        long renewalsBefore = renewals();

        List<CompletableFuture<HttpResponse<String>>> atOnce = IntStream.range(0, COMMITMENTS_BURST)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return browse("GET", "/api/v1/commitments?reference=I." + i);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })).toList();

        assertThat(atOnce).extracting(answer -> answer.get().statusCode()).containsOnly(200);
        assertThat(renewals() - renewalsBefore).isEqualTo(1);
        assertThat(browse("GET", "/session").statusCode()).isEqualTo(200);
    }

    @Test
    void answersASignInTheIssuerEndedAsAProblemSayingToSignInAgain() throws Exception {
        signIn(Duration.ofSeconds(30));
        StandInSignIn.endSignIn(person);

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> ended = browse("GET", "/api/v1/commitments?reference=I.3");
            assertThat(ended.statusCode()).as(ended.body()).isEqualTo(401);
            assertThat(ended.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(ended.body()).contains("sign in to the dashboard again").contains("/unauthorized\"");
        }
    }

    private static long renewals() {
        return IDENTITY.received().stream().filter(r -> r.uri().startsWith("/oauth2/token")
                && r.body().contains("grant_type=refresh_token")).count();
    }

    @Test
    void refusesAChangeThroughTheSessionWithoutTheCsrfTokenAsAProblem() throws Exception {
        signIn();
        browse("GET", "/session");

        HttpResponse<String> forged = browse("POST", "/api/v1/commitments", "Content-Type", "application/json");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(forged.body()).contains("/problems/csrf").contains("X-XSRF-TOKEN");
        HttpResponse<String> withToken = browse("POST", "/api/v1/commitments", "Content-Type", "application/json",
                "X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        assertThat(withToken.statusCode()).isEqualTo(200);
    }

    @Test
    void leavesBearerTokenClientsAsTheyWere() throws Exception {
        String bearer = freshBearer();

        HttpResponse<String> read = send("GET", "/api/v1/commitments", "Authorization", bearer);
        HttpResponse<String> write = sendBody("POST", "/api/v1/commitments", "{}", "Authorization", bearer,
                "Content-Type", "application/json");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().allValues("Set-Cookie")).as("no session, no CSRF cookie").isEmpty();
        assertThat(write.statusCode()).as("no CSRF token needed").isEqualTo(200);
        assertThat(write.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(COMMITMENTS.last("/api/v1/commitments").headers().getFirst("Authorization")).isEqualTo(bearer);
        assertThat(send("GET", "/session", "Authorization", bearer).body()).contains("\"sub\":\"reader-");
    }

    @Test
    void signingOutEndsTheGatewaysSessionAndSendsTheBrowserToEndTheIssuers() throws Exception {
        signIn();
        browse("GET", "/session");
        assertThat(browse("POST", "/logout").statusCode()).as("not without the CSRF token").isEqualTo(403);

        HttpResponse<String> signedOut = browse("POST", "/logout", "X-XSRF-TOKEN", cookie("XSRF-TOKEN"));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        String location = signedOut.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(TestTokens.ISSUER + "/connect/logout?").contains("id_token_hint=ey")
                .contains("post_logout_redirect_uri=http://127.0.0.1:" + port + "/");
        HttpResponse<String> after = browse("GET", "/session");
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(browse("GET", "/api/v1/commitments").statusCode()).isEqualTo(401);
    }

    @Test
    void servesNoLoginOrLogoutPageOfItsOwn() throws Exception {
        assertThat(browse("GET", "/login").statusCode()).as("people sign in at the issuer").isEqualTo(404);
        assertThat(browse("GET", "/logout").statusCode()).as("signing out is a POST with the CSRF token").isEqualTo(404);
    }

    @Test
    void answersWhoIsSignedInWithoutASessionAsAProblem() throws Exception {
        HttpResponse<String> response = browse("GET", "/session");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> signIn() throws Exception {
        return signIn(Duration.ofHours(1));
    }

    private HttpResponse<String> signIn(Duration accessTokenLifetime) throws Exception {
        return browser.signIn(person, accessTokenLifetime);
    }

    private HttpResponse<String> browse(String method, String path, String... headers) throws Exception {
        return browser.browse(method, path, headers);
    }

    private String cookie(String name) {
        return browser.cookie(name);
    }
}
