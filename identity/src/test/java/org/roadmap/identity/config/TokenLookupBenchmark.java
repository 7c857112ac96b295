package org.roadmap.identity.config;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * How long the issuer takes to find a refresh token (a renewal) among the authorizations it keeps, next to the
 * baseline measured in the same run: Spring Authorization Server's in-memory service, which reads them all. Both hold
 * the same authorizations; rounds alternate, the first of each pair warming up. A main, like the services' own
 * benchmarks; {@code TokenLookupBenchmarkTests} keeps it runnable.
 * <pre>
 * cd identity && ../mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
 * java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
 *     org.roadmap.identity.config.TokenLookupBenchmark 20000 2000
 * </pre>
 */
public final class TokenLookupBenchmark {

    private TokenLookupBenchmark() {
    }

    public static void main(String[] args) {
        int kept = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        run(kept, lookups, System.out);
    }

    /** Microseconds per look-up of each, by name, after printing them with their ratio. */
    public static Map<String, Double> run(int kept, int lookups, PrintStream out) {
        OAuth2AuthorizationService baseline = new InMemoryOAuth2AuthorizationService();
        OAuth2AuthorizationService issuer = new ExpiringAuthorizations(Clock.systemUTC());
        RegisteredClient gateway = RegisteredClient.withId("gateway").clientId("gateway")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("https://gateway.test/cb").build();
        Instant now = Instant.now();
        for (int i = 0; i < kept; i++) {
            OAuth2Authorization signedIn = OAuth2Authorization.withRegisteredClient(gateway).id("authorization-" + i)
                    .principalName("person-" + i).authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-" + i, now,
                            now.plus(Duration.ofMinutes(15))))
                    .refreshToken(new OAuth2RefreshToken("refresh-" + i, now, now.plus(Duration.ofHours(8))))
                    .build();
            baseline.save(signedIn);
            issuer.save(signedIn);
        }
        Map<String, Double> micros = new LinkedHashMap<>();
        for (int round = 0; round < 2; round++) {
            micros.put("baseline", perLookup(baseline, kept, lookups));
            micros.put("issuer", perLookup(issuer, kept, lookups));
        }
        out.printf(Locale.ROOT, "identity token look-up: a refresh token among %,d authorizations kept, %,d look-ups%n",
                kept, lookups);
        out.println("| service | µs per look-up | ratio to baseline |");
        out.println("|---|---:|---:|");
        out.printf(Locale.ROOT, "| the issuer's (ExpiringAuthorizations) | %.1f | %.4f× |%n", micros.get("issuer"),
                micros.get("issuer") / micros.get("baseline"));
        out.printf(Locale.ROOT, "| baseline: Spring's in-memory service | %.1f | 1.0× |%n", micros.get("baseline"));
        return micros;
    }

    private static double perLookup(OAuth2AuthorizationService service, int kept, int lookups) {
        long start = System.nanoTime();
        for (int i = 0; i < lookups; i++) {
            // spread over all of them, so neither is measured on the first few alone
            String token = "refresh-" + (int) ((i * 7_919L) % kept);
            if (service.findByToken(token, OAuth2TokenType.REFRESH_TOKEN) == null) {
                throw new IllegalStateException("Not found: " + token);
            }
        }
        return (System.nanoTime() - start) / 1_000.0 / lookups;
    }
}
