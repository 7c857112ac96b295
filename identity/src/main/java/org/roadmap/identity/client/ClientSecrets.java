package org.roadmap.identity.client;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.roadmap.identity.config.IdentityProperties;
import org.roadmap.identity.config.IdentityProperties.User;
import org.roadmap.identity.key.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The seeded users' client secrets and passwords, and the gateway's client secret. Each is generated
 * on first start; only its BCrypt hash is kept as the issuer's record ({@value #HASHES}), and the
 * plain value is written once, for the person who runs the platform, to {@value #SECRETS} — both
 * readable by the owner only. Logs name the file, never a secret. Fixed secrets from the settings
 * (tests) are hashed at start and stored nowhere.
 */
final class ClientSecrets {

    static final String HASHES = "client-secret-hashes.properties";
    static final String SECRETS = "secrets.properties";

    private static final Logger log = LoggerFactory.getLogger(ClientSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientSecrets() {
    }

    /**
     * The hash of every secret, generating the missing ones: by client id for the users' and the
     * gateway's client secrets, by {@link IdentityProperties#passwordKey} for the people's passwords.
     */
    static Map<String, String> hashes(IdentityProperties properties, PasswordEncoder encoder) {
        Path directory = properties.dataDirectory().toAbsolutePath();
        Path hashFile = directory.resolve(HASHES);
        Path secretFile = directory.resolve(SECRETS);
        Properties stored = read(hashFile);
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, String> generated = new TreeMap<>();
        for (String name : names(properties)) {
            String fixed = properties.fixedSecret(name);
            if (fixed != null) {
                hashes.put(name, encoder.encode(fixed));
            } else if (stored.getProperty(name) != null) {
                hashes.put(name, stored.getProperty(name));
            } else {
                String secret = newSecret();
                generated.put(name, secret);
                String hash = encoder.encode(secret);
                hashes.put(name, hash);
                stored.setProperty(name, hash);
            }
        }
        if (!generated.isEmpty()) {
            Properties plain = read(secretFile);
            generated.forEach(plain::setProperty);
            PrivateFiles.write(hashFile, format(stored, "BCrypt hashes of the seeded clients' secrets and people's passwords"));
            PrivateFiles.write(secretFile, format(plain, "Secrets of the seeded users. <user>.password signs the"
                    + " person in to the dashboard (user name <user>);\n# <user> is the client secret of the user's"
                    + " systems, e.g.\n"
                    + "# curl -u pe-editor:SECRET -d grant_type=client_credentials localhost:8084/oauth2/token\n# "
                    + properties.gateway().clientId() + " is the gateway's own client secret."));
            log.info("Generated secrets for {}", generated.keySet());
        }
        if (Files.exists(secretFile)) {
            log.info("Passwords and client secrets of the seeded users are in {} (readable by its owner only)", secretFile);
        }
        return hashes;
    }

    private static List<String> names(IdentityProperties properties) {
        List<String> names = new ArrayList<>();
        for (User user : properties.users()) {
            names.add(user.clientId());
            names.add(IdentityProperties.passwordKey(user.clientId()));
        }
        names.add(properties.gateway().clientId());
        return names;
    }

    private static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return properties;
    }

    private static String format(Properties properties, String comment) {
        StringWriter text = new StringWriter();
        text.append("# ").append(comment).append('\n');
        new TreeMap<>(properties).forEach((key, value) -> text.append(key.toString()).append('=')
                .append(value.toString()).append('\n'));
        return text.toString();
    }
}
