package org.roadmap.platformtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.roadmap.identity.IdentityApplication;
import org.roadmap.platform.test.TestUser;

import tools.jackson.databind.json.JsonMapper;

/**
 * The local token issuer ({@code identity/}) started in this JVM, so that staff sign in as they do
 * on the embedded default: each seeded user with a fixed secret, the signing key in a temporary
 * directory removed on close. Services and the gateway trust its published key set.
 */
final class LocalIssuer implements AutoCloseable {

    /** What the issuer writes into {@code iss}; the services and the gateway check it. */
    static final String ISSUER = "http://identity.test";

    private static final String JWT = "--spring.security.oauth2.resourceserver.jwt.";
    private static final List<TestUser> SEEDED = List.of(TestUser.JP_EDITOR, TestUser.PE_EDITOR, TestUser.WG_ADMIN,
            TestUser.STAFF_READER, TestUser.INTEGRATOR);

    /**
     * The services' infrastructure on this JVM's classpath, which the issuer does not have where it
     * runs alone: without these it would relay an outbox, answer to the services' security rules
     * beside its own, and look for a database and a broker.
     */
    private static final List<String> NOT_THE_ISSUERS = List.of(
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
    private final RunningService identity;

    private LocalIssuer(Path data, RunningService identity) {
        this.data = data;
        this.identity = identity;
    }

    static LocalIssuer start() throws IOException {
        Path data = Files.createTempDirectory("roadmap-identity");
        List<String> arguments = new ArrayList<>(List.of("--roadmap.identity.data-directory=" + data,
                "--spring.security.oauth2.authorizationserver.issuer=" + ISSUER,
                "--spring.autoconfigure.exclude=" + String.join(",", NOT_THE_ISSUERS),
                // the services' shared defaults, also on this classpath, make readiness wait for their database and broker
                "--management.endpoint.health.group.readiness.include=readinessState",
                "--spring.jmx.enabled=false", "--logging.level.root=WARN"));
        SEEDED.forEach(user -> arguments.add("--roadmap.identity.secrets." + user.subject() + "=" + secretOf(user)));
        return new LocalIssuer(data, RunningService.start(IdentityApplication.class, arguments.toArray(String[]::new)));
    }

    /** The fixed secret a seeded user signs in with. */
    static String secretOf(TestUser user) {
        return user.subject() + "-test-secret";
    }

    String uri() {
        return identity.uri("").toString();
    }

    /**
     * A service's arguments trusting this issuer instead of the test tokens: keys from its JWKS, and
     * {@code iss} checked, which Boot does only when an issuer URI is set beside the key set.
     */
    String[] trustedBy(String... arguments) {
        Stream<String> others = Arrays.stream(arguments).filter(argument -> !argument.startsWith(JWT));
        return Stream.concat(others, Stream.of(JWT + "jwk-set-uri=" + uri() + "/oauth2/jwks", JWT + "issuer-uri=" + ISSUER))
                .toArray(String[]::new);
    }

    /** {@code Bearer …} of the user, by client credentials as a newcomer's curl gets it. */
    String bearer(TestUser user) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((user.subject() + ":" + secretOf(user)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(identity.uri("/oauth2/token"))
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
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
