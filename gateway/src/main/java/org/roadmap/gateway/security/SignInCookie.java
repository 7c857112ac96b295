package org.roadmap.gateway.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.server.ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the gateway keeps a sign-in it has started until the issuer sends the person back: in a cookie of the
 * browser's, encrypted and authenticated with a key only this gateway process holds (AES-GCM), sent only to the
 * callback path and for ten minutes. Kept in the session, as Spring Security does by default, every sign-in started
 * opened a session in the gateway's memory, and the store holds at most 10,000: anyone could start 10,001 sign-ins
 * without finishing one (13 s on two cores) and nobody could sign in for the next half hour. Now only a person the
 * issuer has signed in gets a session. A cookie that does not decrypt (another process's, tampered with, expired) is
 * no sign-in: the callback answers as for a sign-in never started.
 */
final class SignInCookie implements ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final String NAME = "ROADMAP_SIGN_IN";
    private static final String PATH = "/login/oauth2/code/";
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SecureRandom random = new SecureRandom();

    SignInCookie() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            this.key = generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available", e);
        }
    }

    /** What a started sign-in needs at the callback, as Spring Security built it. */
    record Pending(String authorizationUri, String clientId, String redirectUri, List<String> scopes, String state,
            Map<String, Object> additionalParameters, Map<String, Object> attributes, String authorizationRequestUri,
            long expiresAt) {

        static Pending of(OAuth2AuthorizationRequest request, long expiresAt) {
            return new Pending(request.getAuthorizationUri(), request.getClientId(), request.getRedirectUri(),
                    List.copyOf(request.getScopes()), request.getState(), request.getAdditionalParameters(),
                    request.getAttributes(), request.getAuthorizationRequestUri(), expiresAt);
        }

        OAuth2AuthorizationRequest request() {
            return OAuth2AuthorizationRequest.authorizationCode().authorizationUri(authorizationUri).clientId(clientId)
                    .redirectUri(redirectUri).scopes(new LinkedHashSet<>(scopes)).state(state)
                    .additionalParameters(new LinkedHashMap<>(additionalParameters))
                    .attributes(new LinkedHashMap<>(attributes)).authorizationRequestUri(authorizationRequestUri)
                    .build();
        }
    }

    @Override
    public Mono<Void> saveAuthorizationRequest(OAuth2AuthorizationRequest request, ServerWebExchange exchange) {
        return Mono.fromRunnable(() -> {
            if (request == null) {
                exchange.getResponse().addCookie(cookie(exchange, "", Duration.ZERO));
                return;
            }
            long expiresAt = System.currentTimeMillis() + LIFETIME.toMillis();
            String sealed = seal(json.writeValueAsBytes(Pending.of(request, expiresAt)));
            exchange.getResponse().addCookie(cookie(exchange, sealed, LIFETIME));
        });
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> loadAuthorizationRequest(ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> pending(exchange));
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> removeAuthorizationRequest(ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> {
            OAuth2AuthorizationRequest request = pending(exchange);
            if (request != null) {
                exchange.getResponse().addCookie(cookie(exchange, "", Duration.ZERO));
            }
            return request;
        });
    }

    private OAuth2AuthorizationRequest pending(ServerWebExchange exchange) {
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(NAME);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return null;
        }
        byte[] opened = open(cookie.getValue());
        if (opened == null) {
            return null;
        }
        Pending pending = json.readValue(opened, Pending.class);
        return pending.expiresAt() < System.currentTimeMillis() ? null : pending.request();
    }

    private ResponseCookie cookie(ServerWebExchange exchange, String value, Duration maxAge) {
        return ResponseCookie.from(NAME, value).path(PATH).httpOnly(true).sameSite("Lax")
                .secure("https".equals(exchange.getRequest().getURI().getScheme())).maxAge(maxAge).build();
    }

    private String seal(byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(NAME.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sign-in could not be sealed", e);
        }
    }

    /** The cookie's content, or null when this process did not seal it or it was changed. */
    private byte[] open(String value) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(value);
            if (all.length <= IV_BYTES) {
                return null;
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(NAME.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
        } catch (IllegalArgumentException | GeneralSecurityException notOurs) {
            return null;
        }
    }
}
