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
 * for an access token (the test tokens' key) and an ID token (signed by a key of this stand-in,
 * published beside the test key).
 */
final class StandInSignIn {

    static final String CLIENT_ID = "gateway";
    static final String CLIENT_SECRET = "gateway-test-secret";

    private record Grant(TestUser user, String nonce) {
    }

    private static final RSAKey ID_TOKEN_KEY = newKey();
    private static final Map<String, Grant> GRANTS = new ConcurrentHashMap<>();

    private StandInSignIn() {
    }

    /** A code the stand-in issuer would give the person after the login page. */
    static String code(TestUser user, String nonce) {
        String code = UUID.randomUUID().toString();
        GRANTS.put(code, new Grant(user, nonce));
        return code;
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

    /** The token endpoint's answer to the authorization-code grant. */
    static Answer token(Received request) {
        Map<String, String> form = Arrays.stream(request.body().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1
                        ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
        Grant grant = GRANTS.remove(form.getOrDefault("code", ""));
        if (grant == null || !form.containsKey("code_verifier")) {
            return new Answer(400, "application/json", "{\"error\":\"invalid_grant\"}");
        }
        return StandInServer.json("{\"access_token\":\"" + TestTokens.token(grant.user(), Duration.ofHours(1))
                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"openid roadmap.read\",\"id_token\":\""
                + idToken(grant) + "\"}");
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
