package org.roadmap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmap.identity.Browser.location;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A person signs in to the dashboard as the gateway asks the issuer to: the authorization code with
 * PKCE, the login page with user name and password, tokens that name the person, and sign-out (OIDC
 * RP-initiated logout) that ends the session at the issuer too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.authorizationserver.issuer=http://issuer.test",
        "roadmap.identity.secrets.gateway=gateway-secret", "roadmap.identity.secrets.pe-editor.password=pe-password",
        "roadmap.identity.secrets.staff-reader.password=staff-password",
        "roadmap.identity.gateway.urls=http://dashboard.test,http://127.0.0.1:8080"})
class BrowserSignInTests extends IssuerOfItsOwn {

    private static final String CALLBACK = "http://dashboard.test/login/oauth2/code/roadmap";

    @Test
    void signsAPersonInAtTheLoginPageAndIssuesTheGatewayTheirTokens() {
        Browser browser = new Browser(port);
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();

        HttpResponse<String> authorize = browser.get(authorization(challenge(verifier), "S256"));
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(location(authorize)).endsWith("/login");
        HttpResponse<String> signedIn = browser.signIn("pe-editor", "pe-password");
        assertThat(location(signedIn)).as("back to the authorization").contains("/oauth2/authorize");
        String callback = location(browser.get(location(signedIn)));
        assertThat(callback).startsWith(CALLBACK + "?code=").contains("state=the-state");

        HttpResponse<String> tokens = exchange(code(callback), verifier);
        assertThat(tokens.statusCode()).isEqualTo(200);
        TokenRequests issuer = new TokenRequests(port);
        Jwt access = issuer.verify(TokenRequests.json(tokens).get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("pe-editor");
        assertThat(access.getClaimAsString("name")).isEqualTo("Lucía Quispe");
        assertThat(access.getClaimAsString("org")).isEqualTo("Ministry of Foreign Affairs of Peru (MRE)");
        assertThat(access.getClaimAsString("country")).isEqualTo("PE");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("editor");
        assertThat(access.getClaimAsString("scope")).isEqualTo("roadmap.read roadmap.write");
        assertThat(TokenRequests.json(tokens).has("id_token")).isTrue();
        assertThat(TokenRequests.json(tokens).has("refresh_token")).isTrue();
    }

    @Test
    void givesAReaderOnlyTheReadScopeThoughTheGatewayAsksForBoth() {
        Browser browser = new Browser(port);
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        browser.get(authorization(challenge(verifier), "S256"));
        String callback = location(browser.get(location(browser.signIn("staff-reader", "staff-password"))));

        Jwt access = new TokenRequests(port).verify(TokenRequests.json(exchange(code(callback), verifier))
                .get("access_token").asString());

        assertThat(access.getSubject()).isEqualTo("staff-reader");
        assertThat(access.getClaimAsString("scope")).isEqualTo("roadmap.read");
    }

    @Test
    void refusesAnAuthorizationWithoutPkce() {
        HttpResponse<String> refused = new Browser(port).get(authorization(null, null));

        assertThat(location(refused)).startsWith(CALLBACK + "?error=invalid_request");
    }

    @Test
    void sendsAWrongPasswordBackToTheLoginPage() {
        HttpResponse<String> wrong = new Browser(port).signIn("pe-editor", "not-the-password");

        assertThat(location(wrong)).endsWith("/login?error");
    }

    @Test
    void signingOutEndsTheSessionAtTheIssuer() {
        Browser browser = new Browser(port);
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        browser.get(authorization(challenge(verifier), "S256"));
        String callback = location(browser.get(location(browser.signIn("pe-editor", "pe-password"))));
        String idToken = TokenRequests.json(exchange(code(callback), verifier)).get("id_token").asString();
        assertThat(location(browser.get(authorization(challenge(verifier), "S256")))).as("still signed in")
                .startsWith(CALLBACK + "?code=");

        HttpResponse<String> signedOut = browser.get("/connect/logout?id_token_hint=" + idToken
                + "&post_logout_redirect_uri=" + URLEncoder.encode("http://dashboard.test/", StandardCharsets.UTF_8));

        assertThat(location(signedOut)).isEqualTo("http://dashboard.test/");
        assertThat(location(browser.get(authorization(challenge(verifier), "S256")))).as("asked to sign in again")
                .endsWith("/login");
    }

    /**
     * Opening the login page, or starting an authorization, leaves nothing in the issuer's memory until the person has
     * signed in: the request to come back to and the form's CSRF token are in the browser's cookies. A session per
     * visit let anyone grow the issuer's memory without end (Tomcat keeps any number of sessions, for 30 minutes).
     */
    @Test
    void anyoneOpeningTheLoginPageOrStartingAnAuthorizationOpensNoSessionHere() {
        for (int i = 0; i < 20; i++) {
            Browser anyone = new Browser(port);
            HttpResponse<String> authorize = anyone.get(authorization(challenge("verifier-" + UUID.randomUUID()), "S256"));
            HttpResponse<String> login = anyone.get("/login");

            assertThat(authorize.statusCode()).isEqualTo(302);
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(authorize.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
            assertThat(login.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
            // its own name, for the login page alone: the gateway's XSRF-TOKEN on another port of the host is another
            assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("ROADMAP_SIGN_IN_CSRF=")
                    && c.contains("Path=/login") && c.contains("HttpOnly"));
        }
    }

    private static String authorization(String challenge, String method) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/oauth2/authorize").queryParam("response_type", "code")
                .queryParam("client_id", "gateway").queryParam("scope", "openid roadmap.read roadmap.write")
                .queryParam("state", "the-state").queryParam("redirect_uri", CALLBACK).queryParam("nonce", "n-1");
        if (challenge != null) {
            uri.queryParam("code_challenge", challenge).queryParam("code_challenge_method", method);
        }
        return uri.encode().build().toUriString();
    }

    private HttpResponse<String> exchange(String code, String verifier) {
        return new Browser(port).post("/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", CALLBACK, "code_verifier", verifier),
                "Authorization", "Basic " + Base64.getEncoder().encodeToString("gateway:gateway-secret".getBytes()));
    }

    private static String code(String callback) {
        return UriComponentsBuilder.fromUriString(callback).build().getQueryParams().getFirst("code");
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
