package org.roadmap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Guessing secrets and passwords is slowed down: after five failures of one name, or from one address
 * (as the gateway forwards it), within a minute, further attempts get a 429 problem with Retry-After,
 * even with the right secret; a success clears its name's count. Each test calls from its own address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "roadmap.identity.secrets.pe-editor=pe-secret", "roadmap.identity.secrets.jp-editor=jp-secret",
        "roadmap.identity.secrets.wg-admin=wg-secret", "roadmap.identity.secrets.staff-reader=staff-secret",
        "roadmap.identity.secrets.pe-editor.password=pe-password", "roadmap.identity.secrets.jp-editor.password=jp-password"})
class SignInThrottleTests extends IssuerOfItsOwn {

    @Test
    void refusesAClientAfterFiveWrongSecretsEvenWithTheRightOne() {
        for (int i = 0; i < 5; i++) {
            assertThat(token("pe-editor", "guess-" + i, "203.0.113." + (10 + i)).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = token("pe-editor", "pe-secret", "203.0.113.20");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(refused.body()).contains("\"status\":429").contains("Too many failed sign-ins");
        assertThat(token("jp-editor", "jp-secret", "203.0.113.21").statusCode()).as("another client").isEqualTo(200);
    }

    @Test
    void refusesAnAddressAfterFiveWrongSecretsForAnyNames() {
        for (int i = 0; i < 5; i++) {
            token("someone-" + i, "guess", "198.51.100.7");
        }

        assertThat(token("wg-admin", "wg-secret", "198.51.100.7").statusCode()).isEqualTo(429);
        assertThat(token("wg-admin", "wg-secret", "198.51.100.8").statusCode()).as("another address").isEqualTo(200);
    }

    @Test
    void aSuccessClearsTheNamesCount() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(token("staff-reader", "guess", "192.0.2." + (round * 10 + i)).statusCode()).isEqualTo(401);
            }
            assertThat(token("staff-reader", "staff-secret", "192.0.2.99").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void refusesALoginPageUserAfterFiveWrongPasswords() {
        Browser browser = new Browser(port);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = browser.signIn("jp-editor", "guess-" + i, "X-Forwarded-For", "203.0.113." + (30 + i));
            assertThat(Browser.location(wrong)).endsWith("/login?error");
        }

        HttpResponse<String> refused = browser.signIn("jp-editor", "jp-password", "X-Forwarded-For", "203.0.113.40");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    private HttpResponse<String> token(String client, String secret, String address) {
        return new Browser(port).post("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes()),
                "X-Forwarded-For", address);
    }
}
