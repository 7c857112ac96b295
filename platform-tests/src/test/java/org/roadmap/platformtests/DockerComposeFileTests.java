package org.roadmap.platformtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml matches what the services expect, and Compose itself accepts it. */
class DockerComposeFileTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("commitments-service", "meetings-service",
            "notifications-service", "gateway", "identity");

    private final Map<String, Map<String, Object>> services = services();

    @Test
    void publishesOnlyTheGateway() {
        services.forEach((name, service) -> {
            if (name.equals("gateway")) {
                assertThat(service.get("ports")).isEqualTo(List.of("8080:8080"));
            } else {
                assertThat(service).as(name).doesNotContainKey("ports");
            }
        });
    }

    @Test
    void runsEachServiceFromTheImageTheBuildMakesWithAHealthCheckAndTheDockerProfile() {
        for (String name : SERVICES) {
            Map<String, Object> service = services.get(name);
            assertThat((String) service.get("image")).as(name).startsWith("roadmap/" + name + ":");
            assertThat(service).as(name).containsKey("healthcheck");
            assertThat(map(service.get("environment"))).as(name).containsEntry("SPRING_PROFILES_ACTIVE", "docker");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesDockerProfilesNameTheHostsComposeProvides() throws IOException {
        assertThat(services).containsKeys("kafka", "mongo");
        assertThat((List<Object>) services.get("mongo").get("command")).contains("--replSet");
        for (String name : List.of("commitments-service", "meetings-service", "notifications-service")) {
            String config = Files.readString(ROOT.resolve(name).resolve("src/main/resources/application.yml"));
            assertThat(config).as(name).contains("bootstrap-servers: kafka:9092").contains("mongodb://mongo:27017/");
        }
        for (String name : List.of("commitments-service", "meetings-service")) {
            String config = Files.readString(ROOT.resolve(name).resolve("src/main/resources/application.yml"));
            assertThat(config).as(name).contains("issuer-uri: http://identity:8084");
        }
        assertThat(Files.readString(ROOT.resolve("identity/src/main/resources/application.yml")))
                .contains("issuer: http://identity:8084");
        String gateway = Files.readString(ROOT.resolve("gateway/src/main/resources/application.yml"));
        assertThat(gateway).contains("http://commitments-service:8081", "http://meetings-service:8082",
                "http://notifications-service:8083");
    }

    @Test
    void composeAcceptsTheFile() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/docker-compose")),
                "docker-compose is not installed (.ci/run installs it)");
        Process config = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config", "-q")
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        assertThat(config.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(config.exitValue()).as(new String(config.getInputStream().readAllBytes())).isZero();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
