package org.roadmap.platformtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.roadmap.identity.IdentityApplication;
import org.roadmap.platform.test.TestUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The local token issuer ({@code identity/}) started in this JVM, so that staff sign in as they do
 * on the embedded default: each seeded user with a fixed client secret and password, the gateway
 * with a fixed client secret, the signing key in a temporary directory removed on close. Its issuer
 * URI is where the browser reaches its login page; services and the gateway trust its published key
 * set and check that URI in {@code iss}.
 */
final class LocalIssuer implements AutoCloseable {

    /** The gateway's client secret at this issuer. */
    static final String GATEWAY_SECRET = "gateway-test-secret";

    private static final String JWT = "--spring.security.oauth2.resourceserver.jwt.";
    private static final List<TestUser> SEEDED = List.of(TestUser.JP_EDITOR, TestUser.PE_EDITOR, TestUser.WG_ADMIN,
            TestUser.STAFF_READER, TestUser.INTEGRATOR);

    /**
     * The services' infrastructure on this JVM's classpath, which the issuer does not have where it
     * runs alone: without these it would run leased work, relay an outbox, answer to the services'
     * security rules beside its own, and look for a database and a broker.
     */
    private static final List<String> NOT_THE_ISSUERS = List.of(
            "org.roadmap.platform.work.WorkConfiguration",
            "org.roadmap.platform.outbox.OutboxConfiguration",
            "org.roadmap.platform.messaging.MessagingConfiguration",
            "org.roadmap.platform.health.HealthConfiguration",
            "org.roadmap.platform.web.WebConfiguration",
            "org.roadmap.platform.security.SecurityConfiguration",
            "org.roadmap.platform.storage.StorageConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.metrics.KafkaMetricsAutoConfiguration");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path data;
    private final int port;
    private final ConfigurableApplicationContext identity;

    private LocalIssuer(Path data, int port, ConfigurableApplicationContext identity) {
        this.data = data;
        this.port = port;
        this.identity = identity;
    }

    /** The issuer, letting people sign in to the dashboard served at {@code gatewayUrl}. */
    static LocalIssuer start(String gatewayUrl) throws IOException {
        Path data = Files.createTempDirectory("roadmap-identity");
        int port = GatewayProcess.freePort();
        String config = IdentityApplication.class.getProtectionDomain().getCodeSource().getLocation().toString();
        List<String> arguments = new ArrayList<>(List.of("--roadmap.identity.data-directory=" + data,
                "--server.port=" + port, "--spring.security.oauth2.authorizationserver.issuer=" + issuerUri(port),
                // its own settings, not the services' application.yml also on this classpath
                "--spring.config.location=" + (config.endsWith(".jar") ? "jar:" + config + "!/" : config) + "application.yml",
                "--roadmap.identity.gateway.urls=" + gatewayUrl,
                "--roadmap.identity.secrets.gateway=" + GATEWAY_SECRET,
                "--spring.autoconfigure.exclude=" + String.join(",", NOT_THE_ISSUERS),
                // the services' shared defaults, also on this classpath, make readiness wait for their database and broker
                "--management.endpoint.health.group.readiness.include=readinessState",
                "--spring.jmx.enabled=false", "--logging.level.root=WARN"));
        SEEDED.forEach(user -> {
            arguments.add("--roadmap.identity.secrets." + user.subject() + "=" + secretOf(user));
            arguments.add("--roadmap.identity.secrets." + user.subject() + ".password=" + passwordOf(user));
        });
        ConfigurableApplicationContext identity = new SpringApplicationBuilder(IdentityApplication.class)
                .run(arguments.toArray(String[]::new));
        return new LocalIssuer(data, port, identity);
    }

    /** The fixed client secret of a seeded user's systems. */
    static String secretOf(TestUser user) {
        return user.subject() + "-test-secret";
    }

    /** The fixed password a seeded person types on the login page. */
    static String passwordOf(TestUser user) {
        return user.subject() + "-test-password";
    }

    /** What the issuer writes into {@code iss}, and where browsers find its login page. */
    String issuerUri() {
        return issuerUri(port);
    }

    /** Its address for the services and the gateway (the back channel). */
    String uri() {
        return "http://127.0.0.1:" + port;
    }

    private static String issuerUri(int port) {
        return "http://localhost:" + port;
    }

    /**
     * A service's arguments trusting this issuer instead of the test tokens: keys from its JWKS, and
     * {@code iss} checked, which Boot does only when an issuer URI is set beside the key set.
     */
    String[] trustedBy(String... arguments) {
        Stream<String> others = Arrays.stream(arguments).filter(argument -> !argument.startsWith(JWT));
        return Stream.concat(others, Stream.of(JWT + "jwk-set-uri=" + uri() + "/oauth2/jwks", JWT + "issuer-uri=" + issuerUri()))
                .toArray(String[]::new);
    }

    /** {@code Bearer …} of the user, by client credentials as a newcomer's curl gets it. */
    String bearer(TestUser user) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((user.subject() + ":" + secretOf(user)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The issuer refused " + user.subject() + ": " + response.statusCode());
        }
        return "Bearer " + JSON.readTree(response.body()).get("access_token").asString();
    }

    @Override
    public void close() {
        identity.close();
        try {
            FileSystemUtils.deleteRecursively(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
