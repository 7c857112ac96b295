package org.roadmap.gateway;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.roadmap.platform.test.TestUser;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** A browser at the gateway: its own cookies, no redirects followed, and a person's sign-in at the stand-in issuer. */
final class Browser {

    private final int port;
    private final CookieManager cookies = new CookieManager();

    Browser(int port) {
        this.port = port;
    }

    /** The gateway's redirect, the issuer's login page (stood in), and the callback with the code. */
    HttpResponse<String> signIn(TestUser person, Duration accessTokenLifetime) throws Exception {
        String authorize = browse("GET", "/oauth2/authorization/roadmap").headers().firstValue("Location").orElseThrow();
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(authorize).build().getQueryParams();
        String code = StandInSignIn.code(person, decode(query.getFirst("nonce")), accessTokenLifetime);
        return browse("GET", "/login/oauth2/code/roadmap?code=" + code + "&state=" + query.getFirst("state"));
    }

    /**
     * One request, on a connection of its own but with the browser's cookies. The JDK client sends its next
     * request on a kept-alive connection the moment it has read an answer, sometimes before the gateway has
     * finished that exchange; Reactor Netty then buffers it as pipelined and, now and then, did not read the
     * request after it until the client gave up (seen as a 30 s timeout of every third run or so).
     */
    HttpResponse<String> browse(String method, String path, String... headers) throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String cookie(String name) {
        List<HttpCookie> all = cookies.getCookieStore().getCookies();
        return all.stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + all));
    }

    static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
