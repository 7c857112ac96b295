package org.roadmap.platformtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
            assertThat(config).as(name).contains("bootstrap-servers: kafka:9092")
                    .contains("mongodb://" + name + ":${roadmap.mongo.password}@mongo:27017/")
                    .contains("protocol: SASL_PLAINTEXT");
        }
        for (String name : List.of("commitments-service", "meetings-service")) {
            String config = Files.readString(ROOT.resolve(name).resolve("src/main/resources/application.yml"));
            assertThat(config).as(name).contains("issuer-uri: http://identity:8084");
        }
        assertThat(Files.readString(ROOT.resolve("identity/src/main/resources/application.yml")))
                .contains("issuer: ${ROADMAP_OIDC_ISSUER_URI:http://identity:8084}");
        String gateway = Files.readString(ROOT.resolve("gateway/src/main/resources/application.yml"));
        assertThat(gateway).contains("http://commitments-service:8081", "http://meetings-service:8082",
                "http://notifications-service:8083");
    }

    @Test
    @SuppressWarnings("unchecked")
    void kafkaSignsEveryoneInAndAllowsOnlyWhatTheAclFileSays() throws IOException {
        Map<String, Object> kafka = map(services.get("kafka").get("environment"));
        assertThat(kafka).containsEntry("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,BROKER:SASL_PLAINTEXT")
                .containsEntry("KAFKA_LISTENERS", "BROKER://:9092,CONTROLLER://localhost:9093")
                .containsEntry("KAFKA_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-512")
                .containsEntry("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false");
        String format = String.join("\n", (List<String>) services.get("kafka-format").get("command"));
        for (String principal : aclPrincipals()) {
            assertThat(format).as(principal).contains("--add-scram \"SCRAM-SHA-512=[name=" + principal + ",password=$$");
        }
        assertThat(format).contains("[name=admin,password=$$ADMIN_PASSWORD]");
        String setup = String.join("\n", (List<String>) services.get("kafka-setup").get("command"));
        assertThat((List<String>) services.get("kafka-setup").get("volumes")).contains("./deploy/kafka:/etc/roadmap/kafka:ro");
        assertThat(setup).contains("/etc/roadmap/kafka/acls.txt", "kafka-acls.sh", "roadmap.commitments.public.v1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void mongoRequiresAUserAndEachServiceHasItsOwn() throws IOException {
        Map<String, Object> mongo = services.get("mongo");
        assertThat((List<String>) mongo.get("command")).contains("--keyFile");
        assertThat(map(mongo.get("environment"))).containsEntry("MONGO_INITDB_ROOT_USERNAME", "root")
                .containsEntry("MONGO_INITDB_ROOT_PASSWORD", "${MONGO_ROOT_PASSWORD:?set it in .env, see .env.example}");
        assertThat((List<String>) mongo.get("volumes"))
                .contains("./deploy/mongo/create-service-users.js:/docker-entrypoint-initdb.d/create-service-users.js:ro");
        String users = Files.readString(ROOT.resolve("deploy/mongo/create-service-users.js"));
        for (String name : List.of("commitments", "meetings", "notifications")) {
            assertThat(users).contains("user: '" + name + "-service', database: '" + name + "'");
            assertThat(map(services.get(name + "-service").get("environment")))
                    .containsEntry("ROADMAP_KAFKA_PASSWORD", "${KAFKA_" + name.toUpperCase() + "_PASSWORD:?set it in .env, see .env.example}")
                    .containsEntry("ROADMAP_MONGO_PASSWORD", "${MONGO_" + name.toUpperCase() + "_PASSWORD:?set it in .env, see .env.example}");
        }
        assertThat(users).contains("roles: [{ role: 'readWrite', db: service.database }]");
        // the gateway's rate-limit buckets, shared by its replicas
        assertThat(users).contains("user: 'gateway', database: 'gateway'");
        assertThat(map(services.get("gateway").get("environment")))
                .containsEntry("ROADMAP_MONGO_PASSWORD", "${MONGO_GATEWAY_PASSWORD:?set it in .env, see .env.example}");
    }

    @Test
    void givesTheGatewayAndTheIssuerTheDashboardClientsSecretFromTheEnvironment() {
        String secret = "${GATEWAY_CLIENT_SECRET:?set it in .env, see .env.example}";
        assertThat(map(services.get("gateway").get("environment"))).containsEntry("ROADMAP_GATEWAY_CLIENT_SECRET", secret);
        assertThat(map(services.get("identity").get("environment"))).containsEntry("ROADMAP_GATEWAY_CLIENT_SECRET", secret)
                .containsKey("ROADMAP_GATEWAY_URLS");
    }

    @Test
    void commitsNoSecret() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        assertThat(compose).doesNotContainPattern("(?i)password[\"']?\\s*[:=]\\s*[\"']?(?!\\$)[A-Za-z0-9]");
        assertThat(Files.readString(ROOT.resolve(".env.example"))).doesNotContainPattern("(?m)^[A-Z_]+=(?!change-me$)");
        assertThat(Files.readString(ROOT.resolve(".gitignore"))).containsPattern("(?m)^\\.env$");
    }

    @Test
    void composeAcceptsTheFileWithTheSecretsSetAndRefusesItWithout() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/docker-compose")),
                "docker-compose is not installed (.ci/run installs it)");
        Map<String, String> secrets = new HashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve(".env.example"))) {
            if (line.matches("[A-Z_]+=.*")) {
                secrets.put(line.substring(0, line.indexOf('=')), "test-only-0");
            }
        }
        assertThat(composeConfig(secrets)).isZero();
        assertThat(composeConfig(Map.of())).isNotZero();
    }

    /** {@code docker-compose config} with only {@code environment} set: an empty env file, not a local .env. */
    private static int composeConfig(Map<String, String> environment) throws Exception {
        Path noEnvFile = Files.createTempFile("compose", ".env");
        ProcessBuilder builder = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "--env-file",
                noEnvFile.toString(), "config", "-q").directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("KAFKA_") || name.startsWith("MONGO_")
                || name.startsWith("GATEWAY_"));
        builder.environment().putAll(environment);
        Process config = builder.start();
        String output = new String(config.getInputStream().readAllBytes());
        assertThat(config.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        Files.delete(noEnvFile);
        System.out.println("docker-compose config with " + environment.keySet() + ": " + output);
        return config.exitValue();
    }

    /** The principals deploy/kafka/acls.txt gives rights to. */
    private static List<String> aclPrincipals() throws IOException {
        return Files.readAllLines(ROOT.resolve("deploy/kafka/acls.txt")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")[0]).distinct().toList();
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
