package org.roadmap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The issuer as a newcomer runs it: client secrets, people's passwords and the gateway's secret made on
 * first start, key and secrets kept across a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTests {

    @TempDir
    Path data;

    @Test
    void generatesSecretsOnceKeepsThemPrivateAndTokensSurviveARestart(CapturedOutput output) throws IOException {
        String token;
        String secret;
        try (ConfigurableApplicationContext first = start()) {
            Path secrets = data.resolve("secrets.properties");
            assertThat(secrets).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("signing-key.jwk.json"))))
                    .isEqualTo("rw-------");
            Properties plain = read(secrets);
            assertThat(plain.stringPropertyNames()).containsExactlyInAnyOrder("jp-editor", "pe-editor", "wg-admin",
                    "staff-reader", "integrator", "jp-editor.password", "pe-editor.password", "wg-admin.password",
                    "staff-reader.password", "integrator.password", "gateway");
            assertThat(output).contains(secrets.toString());
            plain.stringPropertyNames().forEach(client -> assertThat(output).doesNotContain(plain.getProperty(client)));
            secret = plain.getProperty("pe-editor");
            token = new TokenRequests(port(first)).accessToken("pe-editor", secret);
        }
        String secretsBefore = Files.readString(data.resolve("secrets.properties"));

        try (ConfigurableApplicationContext second = start()) {
            TokenRequests issuer = new TokenRequests(port(second));

            assertThat(issuer.verify(token).getSubject()).as("a token of before the restart").isEqualTo("pe-editor");
            assertThat(issuer.token("pe-editor", secret).statusCode()).isEqualTo(200);
            assertThat(Files.readString(data.resolve("secrets.properties"))).isEqualTo(secretsBefore);
        }
    }

    @Test
    void takesTheGatewaysSecretFromTheEnvironmentWhereTheGatewayCannotReadItsFiles() throws IOException {
        try (ConfigurableApplicationContext issuer = start("--roadmap.identity.gateway.client-secret=from-the-environment")) {
            assertThat(read(data.resolve("secrets.properties")).stringPropertyNames()).doesNotContain("gateway")
                    .contains("pe-editor", "pe-editor.password");
        }
    }

    private ConfigurableApplicationContext start(String... more) {
        String[] arguments = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0",
                "--roadmap.identity.data-directory=" + data, "--spring.jmx.enabled=false"), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(IdentityApplication.class).run(arguments);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
