package org.roadmap.launcher;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceDefinitionTests {

    private final Map<String, ServiceDefinition> services = ServiceDefinition
            .forPlatform(LauncherSettings.fromArgs("--mongo-port=1111", "--kafka-port=2222", "--commitments-port=3333"))
            .stream()
            .collect(Collectors.toMap(ServiceDefinition::name, Function.identity()));

    @Test
    void givesEachDomainServiceItsOwnDatabase() {
        assertThat(services.get("commitments-service").arguments()).containsExactly(
                "--server.address=127.0.0.1",
                "--server.port=3333",
                "--spring.kafka.bootstrap-servers=127.0.0.1:2222",
                "--spring.mongodb.uri=mongodb://127.0.0.1:1111/commitments",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:8084",
                "--roadmap.commitments.replica=0");
        assertThat(services.get("meetings-service").arguments())
                .contains("--spring.mongodb.uri=mongodb://127.0.0.1:1111/meetings");
        assertThat(services.get("notifications-service").arguments())
                .contains("--spring.mongodb.uri=mongodb://127.0.0.1:1111/notifications");
    }

    @Test
    void pointsTheGatewayAtTheServices() {
        assertThat(services.get("gateway").arguments()).containsExactly(
                "--server.port=8080",
                "--spring.kafka.bootstrap-servers=127.0.0.1:2222",
                "--roadmap.gateway.services.commitments=http://127.0.0.1:3333",
                "--roadmap.gateway.services.meetings=http://127.0.0.1:8082",
                "--roadmap.gateway.services.notifications=http://127.0.0.1:8083",
                "--roadmap.gateway.services.identity=http://127.0.0.1:8084",
                "--roadmap.gateway.limits.shared-store=mongodb://127.0.0.1:1111/gateway",
                "--roadmap.gateway.issuer.uri=http://localhost:8084",
                "--roadmap.gateway.sign-in.secrets-file="
                        + java.nio.file.Path.of(".roadmap", "identity", "secrets.properties").toAbsolutePath().normalize());
    }

    @Test
    void onlyTheGatewayListensBeyondTheLoopbackInterface() {
        assertThat(services.values()).filteredOn(service -> !service.name().equals("gateway"))
                .hasSize(4)
                .allSatisfy(service -> {
                    assertThat(service.address()).isEqualTo("127.0.0.1");
                    assertThat(service.arguments()).contains("--server.address=127.0.0.1");
                });
        assertThat(services.get("gateway").arguments()).noneMatch(argument -> argument.startsWith("--server.address="));
    }

    @Test
    void gatewayListensWhereTheUserAsksAndIsProbedThere() {
        ServiceDefinition gateway = ServiceDefinition.forPlatform(LauncherSettings.fromArgs("--gateway-address=10.1.2.3"))
                .stream().filter(service -> service.name().equals("gateway")).findFirst().orElseThrow();

        assertThat(gateway.arguments()).contains("--server.address=10.1.2.3");
        assertThat(gateway.readinessUri()).hasToString("http://10.1.2.3:8080/actuator/health/readiness");
    }

    @Test
    void probesReadinessOnTheServicePort() {
        assertThat(services.values()).extracting(service -> service.readinessUri().toString())
                .containsExactlyInAnyOrderElementsOf(List.of(
                        "http://127.0.0.1:3333/actuator/health/readiness",
                        "http://127.0.0.1:8082/actuator/health/readiness",
                        "http://127.0.0.1:8083/actuator/health/readiness",
                        "http://127.0.0.1:8080/actuator/health/readiness",
                        "http://127.0.0.1:8084/actuator/health/readiness"));
    }

    @Test
    void startsTheIssuerFirstWithItsDataUnderTheDataDirectoryAndPointsTheServicesAtIt() {
        LauncherSettings settings = LauncherSettings.fromArgs("--data-dir=/srv/roadmap", "--identity-port=9084");
        List<ServiceDefinition> platform = ServiceDefinition.forPlatform(settings);

        assertThat(platform.get(0).name()).isEqualTo("identity");
        assertThat(platform.get(0).arguments()).containsExactly(
                "--server.address=127.0.0.1",
                "--server.port=9084",
                "--spring.security.oauth2.authorizationserver.issuer=http://localhost:9084",
                "--roadmap.identity.data-directory=/srv/roadmap/identity",
                "--roadmap.identity.gateway.urls=http://localhost:8080,http://127.0.0.1:8080");
        assertThat(platform.stream().filter(s -> s.name().endsWith("-service")))
                .allSatisfy(service -> assertThat(service.arguments())
                        .contains("--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:9084"));
    }

    @Test
    void runsEachDomainServiceAndTheGatewayAsManyTimesAsAskedEachReplicaOnItsOwnPortAndTheIssuerOnce() {
        List<ServiceDefinition> platform = ServiceDefinition.forPlatform(LauncherSettings.fromArgs("--replicas=2"));

        assertThat(platform).extracting(service -> service.name() + ":" + service.port()).containsExactly(
                "identity:8084", "commitments-service:8081", "meetings-service:8082", "notifications-service:8083",
                "commitments-service-2:8181", "meetings-service-2:8182", "notifications-service-2:8183",
                "gateway:8080", "gateway-2:8180");
        ServiceDefinition second = platform.get(4);
        assertThat(second.jar(java.nio.file.Path.of("services"))).isEqualTo(java.nio.file.Path.of("services",
                "commitments-service.jar"));
        assertThat(second.arguments()).contains("--server.port=8181", "--roadmap.commitments.replica=1");
        assertThat(platform.get(0).arguments()).contains("--roadmap.identity.gateway.urls=http://localhost:8080,"
                + "http://127.0.0.1:8080,http://localhost:8180,http://127.0.0.1:8180");
        assertThat(platform.get(8).arguments()).contains("--server.port=8180",
                "--roadmap.gateway.services.commitments=http://127.0.0.1:8081,http://127.0.0.1:8181",
                "--roadmap.gateway.services.notifications=http://127.0.0.1:8083,http://127.0.0.1:8183");
    }

    @Test
    void refusesMoreReplicasThanItRunsOrOneArchiveRecordedByTwo() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LauncherSettings.fromArgs("--replicas=4"))
                .hasMessage("--replicas must be between 1 and 3, not 4.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LauncherSettings.fromArgs("--replicas=2",
                "--service-startup=cds")).hasMessageContaining("use --service-startup=extracted");
    }
}
