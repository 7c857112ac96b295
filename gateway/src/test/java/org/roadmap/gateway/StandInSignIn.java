package org.roadmap.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.roadmap.gateway.StandInServer.Answer;
import org.roadmap.gateway.StandInServer.Received;
import org.roadmap.platform.test.TestTokens;
import org.roadmap.platform.test.TestUser;

/**
 * The issuer's side of a person's sign-in, for the stand-in issuer: a test hands out a code for the
 * person and the nonce of the gateway's authorization request, and the token endpoint exchanges it
 * for an access token (the test tokens' key), an ID token (signed by a key of this stand-in,
 * published beside the test key) and a refresh token. A refresh token is used once, as the platform's issuer
 * rotates them: the answer to it carries the next one, and the same token again is refused.
 */
final class StandInSignIn {

    static final String CLIENT_ID = "gateway";
    static final String CLIENT_SECRET = "gateway-test-secret";

    private record Grant(TestUser user, String nonce, Duration accessTokenLifetime) {
    }

    private static final RSAKey ID_TOKEN_KEY = newKey();
    private static final Map<String, Grant> GRANTS = new ConcurrentHashMap<>();
    private static final Map<String, Grant> REFRESH_TOKENS = new ConcurrentHashMap<>();

    private StandInSignIn() {
    }

    /** A code the stand-in issuer would give the person after the login page. */
    static String code(TestUser user, String nonce) {
        return code(user, nonce, Duration.ofHours(1));
    }

    /** The same, the access token it is exchanged for lasting {@code accessTokenLifetime}. */
    static String code(TestUser user, String nonce, Duration accessTokenLifetime) {
        String code = UUID.randomUUID().toString();
        GRANTS.put(code, new Grant(user, nonce, accessTokenLifetime));
        return code;
    }

    /** The person's sign-in ended at the issuer: their refresh tokens are refused from now on. */
    static void endSignIn(TestUser user) {
        REFRESH_TOKENS.values().removeIf(grant -> grant.user().subject().equals(user.subject()));
    }

    static String jwkSet() {
        try {
            List<JWK> keys = new java.util.ArrayList<>(JWKSet.parse(TestTokens.jwkSet()).getKeys());
            keys.add(ID_TOKEN_KEY.toPublicJWK());
            return new JWKSet(keys).toString();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token endpoint's answer to the authorization-code grant and to the refresh-token grant. */
    static Answer token(Received request) {
        Map<String, String> form = Arrays.stream(request.body().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1
                        ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
        if ("refresh_token".equals(form.get("grant_type"))) {
            // as slow as an issuer across the ocean: requests that need the renewal meanwhile ask while it runs
            pause(Duration.ofMillis(500));
            Grant renewed = REFRESH_TOKENS.remove(form.getOrDefault("refresh_token", ""));
            return renewed == null ? new Answer(400, "application/json", "{\"error\":\"invalid_grant\"}")
                    : tokens(new Grant(renewed.user(), renewed.nonce(), Duration.ofHours(1)), false);
        }
        Grant grant = GRANTS.remove(form.getOrDefault("code", ""));
        if (grant == null || !form.containsKey("code_verifier")) {
            return new Answer(400, "application/json", "{\"error\":\"invalid_grant\"}");
        }
        return tokens(grant, true);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Answer tokens(Grant grant, boolean withIdToken) {
        String refreshToken = UUID.randomUUID().toString();
        REFRESH_TOKENS.put(refreshToken, grant);
        long lifetime = grant.accessTokenLifetime().toSeconds();
        return StandInServer.json("{\"access_token\":\"" + TestTokens.token(grant.user(), grant.accessTokenLifetime())
                + "\",\"token_type\":\"Bearer\",\"expires_in\":" + lifetime
                + ",\"scope\":\"openid roadmap.read\",\"refresh_token\":\"" + refreshToken + "\""
                + (withIdToken ? ",\"id_token\":\"" + idToken(grant) + "\"" : "") + "}");
    }

    private static String idToken(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER).subject(grant.user().subject())
                .audience(CLIENT_ID).issueTime(Date.from(now.minusSeconds(5))).expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("nonce", grant.nonce()).claim("sid", UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ID_TOKEN_KEY.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(ID_TOKEN_KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("id-token").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
