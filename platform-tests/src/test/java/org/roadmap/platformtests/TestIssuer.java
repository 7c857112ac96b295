package org.roadmap.platformtests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import org.roadmap.platform.test.TestTokens;

/**
 * Publishes the key set of {@link TestTokens} at {@code /oauth2/jwks}, standing in for the local
 * issuer ({@code identity/}) so the gateway checks the tokens the test mints.
 */
final class TestIssuer implements AutoCloseable {

    private final HttpServer server;

    TestIssuer() throws Exception {
        String pem = Files.readString(Path.of(URI.create(TestTokens.publicKeyLocation())));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        byte[] jwks = new JWKSet(new RSAKey.Builder(key).keyID("test").build()).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
    }
}
