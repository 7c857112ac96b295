package org.roadmap.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signed access tokens for tests, shaped like the local issuer's (docs/adr/0006). The key pair is
 * made once per test JVM and never written anywhere but its public half, so no signing key lives
 * in the repository; services under test trust it through {@link #publicKeyLocation()}.
 */
public final class TestTokens {

    public static final String ISSUER = "http://issuer.test.roadmap";
    /** The audience services accept by default ({@code roadmap.security.audience}). */
    public static final String AUDIENCE = "roadmap";

    private static KeyPair keys;
    private static Path publicKeyFile;

    private TestTokens() {
    }

    /** {@code Bearer …} for the user, valid for an hour. */
    public static String bearer(TestUser user) {
        return "Bearer " + token(user, Duration.ofHours(1));
    }

    /** A token of the user that expires after {@code lifetime} (negative: already expired). */
    public static String token(TestUser user, Duration lifetime) {
        return token(user, lifetime, defaultScope(user), List.of(AUDIENCE));
    }

    /** A token of the user with only these scopes, e.g. an editor's asked for with {@code roadmap.read}. */
    public static String withScope(TestUser user, String scope) {
        return token(user, Duration.ofHours(1), scope, List.of(AUDIENCE));
    }

    /** A token of the user for these audiences (none: no {@code aud} at all), e.g. another application's. */
    public static String forAudience(TestUser user, String... audience) {
        return token(user, Duration.ofHours(1), defaultScope(user), List.of(audience));
    }

    /** The scopes the issuer grants the user when the request names none. */
    private static String defaultScope(TestUser user) {
        return user.roles().contains("editor") || user.roles().contains("admin") ? "roadmap.read roadmap.write"
                : "roadmap.read";
    }

    private static synchronized String token(TestUser user, Duration lifetime, String scope, List<String> audience) {
        Instant now = Instant.now();
        Instant expiry = now.plus(lifetime);
        // an expired token was issued before it expired, or decoders refuse it as malformed rather than expired
        Instant issued = lifetime.isNegative() ? expiry.minus(Duration.ofHours(1)) : now.minusSeconds(5);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user.subject())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expiry))
                .claim("name", user.name())
                .claim("org", user.organisation())
                .claim("roles", user.roles())
                .claim("scope", scope)
                .claim("locale", user.locale())
                .claim("zoneinfo", user.zone());
        if (!audience.isEmpty()) {
            claims.audience(audience);
        }
        if (user.country() != null) {
            claims.claim("country", user.country());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keyPair().getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /**
     * Where the public key is, for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}.
     */
    public static synchronized String publicKeyLocation() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("roadmap-test-issuer", ".pub");
                file.toFile().deleteOnExit();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keyPair().getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(file, pem);
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile.toUri().toString();
    }

    /** The public key as the JWK set an issuer publishes at {@code /oauth2/jwks}, for stand-ins of the issuer. */
    public static synchronized String jwkSet() {
        return new JWKSet(new RSAKey.Builder((RSAPublicKey) keyPair().getPublic()).keyID("test").build()).toString();
    }

    private static KeyPair keyPair() {
        if (keys == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keys = generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }
}
