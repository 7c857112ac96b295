package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Starting a sign-in keeps nothing on the gateway until the issuer has signed the person in: anyone may start as many
 * as they like without finishing them, and people still sign in. The gateway keeps sessions in memory, at most 10,000
 * at a time; a sign-in started used to open one.
 */
class SignInStartsTests extends GatewayTestSupport {

    private static final int STARTS = 10_001;

    @Test
    void signInsStartedAndNeverFinishedLeaveRoomForPeopleToSignIn() throws Exception {
        HttpClient anyone = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest start = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/roadmap"))
                .timeout(Duration.ofSeconds(30)).build();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        Map<Integer, Long> answers;
        try {
            List<Future<Integer>> started = IntStream.range(0, STARTS).mapToObj(i -> clients.submit(() ->
                    anyone.send(start, HttpResponse.BodyHandlers.discarding()).statusCode())).toList();
            answers = started.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } finally {
            clients.shutdownNow();
        }
        assertThat(answers).containsOnlyKeys(302);

        Browser browser = new Browser(port);
        TestUser person = TestUser.STAFF_READER.of("reader-" + UUID.randomUUID(), "Embassy of Japan in Peru", "JP");
        HttpResponse<String> back = browser.signIn(person, Duration.ofHours(1));
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location")).hasValue("/");
        assertThat(browser.browse("GET", "/session").body()).contains("\"sub\":\"" + person.subject() + "\"");
    }

    @Test
    void keepsTheStartedSignInInAnHttpOnlyCookieForTheCallbackOnlyAndRefusesOneChanged() throws Exception {
        Browser browser = new Browser(port);
        HttpResponse<String> start = browser.browse("GET", "/oauth2/authorization/roadmap");

        List<String> cookies = start.headers().allValues("Set-Cookie");
        assertThat(cookies).noneMatch(c -> c.startsWith("SESSION="));
        assertThat(cookies).filteredOn(c -> c.startsWith("ROADMAP_SIGN_IN=")).singleElement().satisfies(c ->
                assertThat(c).contains("Path=/login/oauth2/code/").contains("Max-Age=600").containsIgnoringCase("HttpOnly")
                        .contains("SameSite=Lax"));
        String sealed = browser.cookie("ROADMAP_SIGN_IN");
        assertThat(sealed).doesNotContain("state").doesNotContain(TestTokens.ISSUER);

        // the same cookie with one character changed: no sign-in to finish, and no error
        String state = UriComponentsBuilder.fromUriString(start.headers().firstValue("Location").orElseThrow()).build()
                .getQueryParams().getFirst("state");
        String changed = sealed.substring(0, 20) + (sealed.charAt(20) == 'A' ? 'B' : 'A') + sealed.substring(21);
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/login/oauth2/code/roadmap?code=x&state=" + state))
                .header("Cookie", "ROADMAP_SIGN_IN=" + changed).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).hasValue("/#/sign-in-failed");
    }

    @Test
    void answersAnonymousBrowsersWithoutOpeningASession() throws Exception {
        for (String path : List.of("/session", "/api/v1/commitments", "/", "/docs/")) {
            HttpResponse<String> answer = new Browser(port).browse("GET", path, "Accept", "text/html");

            assertThat(answer.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
        }
    }
}
