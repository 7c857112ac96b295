package org.roadmap.identity.key;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.roadmap.identity.config.IdentityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key pair that signs access tokens, kept in the data directory (never in the repository) so
 * that tokens issued before a restart stay valid after it. Made on first start.
 */
@Configuration(proxyBeanMethods = false)
class SigningKey {

    static final String FILE = "signing-key.jwk.json";

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(load(properties.dataDirectory().toAbsolutePath().resolve(FILE))));
    }

    static RSAKey load(Path file) {
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            PrivateFiles.write(file, key.toJSONString());
            log.info("Made a new token signing key {} in {}", key.getKeyID(), file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The signing key " + file + " is not a usable RSA JWK; delete it to make a"
                    + " new one (tokens issued with the old one then stop being accepted)", e);
        }
    }
}
