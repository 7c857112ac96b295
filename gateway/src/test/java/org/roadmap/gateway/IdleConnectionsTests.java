package org.roadmap.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.roadmap.platform.test.TestTokens;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service closes a kept-alive connection that stayed idle past its keep-alive timeout. Reusing such a
 * connection just as the service closes it failed the request with a 503 ("did not answer in time"), a write
 * left in doubt: the first writes after a quiet spell did so under the platform benchmark. The gateway drops
 * its idle connections to the services before they do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "roadmap.gateway.sign-in.client-secret=" + StandInSignIn.CLIENT_SECRET,
        // as the gateway's own setting stands to the services' keep-alive timeout (checked below), in miniature
        "spring.cloud.gateway.server.webflux.httpclient.pool.max-idle-time=400ms" })
class IdleConnectionsTests {

    static final ClosingWhenIdleServer MEETINGS = new ClosingWhenIdleServer(Duration.ofMillis(800));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void meetingsClosingIdleConnections(DynamicPropertyRegistry registry) {
        registry.add("roadmap.gateway.services.meetings", MEETINGS::uri);
        registry.add("roadmap.gateway.services.commitments", () -> "http://127.0.0.1:9");
        registry.add("roadmap.gateway.services.notifications", () -> "http://127.0.0.1:9");
        registry.add("roadmap.gateway.services.identity", GatewayTestSupport.IDENTITY::uri);
        registry.add("roadmap.gateway.issuer.uri", () -> TestTokens.ISSUER);
    }

    @Test
    void aWriteAfterAQuietSpellGoesOnAFreshConnectionNotOneTheServiceIsClosing() throws Exception {
        String bearer = GatewayTestSupport.freshBearer();
        HttpResponse<String> before = patch("/api/v1/meeting-series/quiet", "{\"title\":\"Before\"}", bearer);
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);

        Thread.sleep(1_200);
        HttpResponse<String> after = patch("/api/v1/meeting-series/quiet", "{\"title\":\"After\"}", bearer);

        assertThat(after.statusCode()).as("%s; connections %d, answered %d", after.body(), MEETINGS.connections(),
                MEETINGS.answered()).isEqualTo(200);
        assertThat(MEETINGS.answered()).isEqualTo(2);
        assertThat(MEETINGS.connections()).isEqualTo(2);
    }

    @Test
    void theGatewayDropsIdleConnectionsBeforeTheServicesCloseThem() throws Exception {
        Duration gatewayIdle = duration(new ClassPathResource("application.yml"),
                "spring.cloud.gateway.server.webflux.httpclient.pool.max-idle-time");
        // the services' shared defaults, read from platform-support's sources beside this module
        Duration serviceKeepAlive = duration(new FileSystemResource(
                "../platform-support/src/main/resources/org/roadmap/platform/platform-defaults.yml"),
                "server.tomcat.keep-alive-timeout");

        assertThat(gatewayIdle).isPositive().isLessThanOrEqualTo(serviceKeepAlive.dividedBy(2));
    }

    private HttpResponse<String> patch(String path, String body, String bearer) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).header("Authorization", bearer)
                .header("Content-Type", "application/merge-patch+json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Duration duration(Resource resource, String property) throws Exception {
        for (PropertySource<?> source : new YamlPropertySourceLoader().load(resource.getDescription(), resource)) {
            Object value = source.getProperty(property);
            if (value != null) {
                return DurationStyle.detectAndParse(value.toString());
            }
        }
        throw new AssertionError(property + " is not set in " + resource);
    }
}
