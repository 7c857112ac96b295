package org.roadmap.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.roadmap.platform.test.TestTokens;

/** The test issuer's public key (from {@link TestTokens}) as the JWK set an issuer publishes at {@code /oauth2/jwks}. */
final class TestIssuerKeys {

    private TestIssuerKeys() {
    }

    static String jwkSet() {
        try {
            String pem = Files.readString(Path.of(URI.create(TestTokens.publicKeyLocation())));
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
            return new JWKSet(new RSAKey.Builder(key).keyID("test").build()).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
