package org.roadmap.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LauncherSettingsTests {

    @Test
    void runsOnTheUsualPortsWithoutArguments() {
        LauncherSettings settings = LauncherSettings.fromArgs();

        assertThat(settings.dataDir()).isEqualTo(Path.of(".roadmap").toAbsolutePath());
        assertThat(settings.mongoPort()).isEqualTo(27017);
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(settings.kafkaControllerPort()).isEqualTo(9093);
        assertThat(settings.gatewayPort()).isEqualTo(8080);
        assertThat(settings.commitmentsPort()).isEqualTo(8081);
        assertThat(settings.meetingsPort()).isEqualTo(8082);
        assertThat(settings.notificationsPort()).isEqualTo(8083);
        assertThat(settings.identityPort()).isEqualTo(8084);
        assertThat(settings.serviceJvmOpts())
                .containsExactly("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");
        assertThat(settings.serviceStartup()).isEqualTo(ServiceStartup.EXTRACTED);
        assertThat(settings.readinessTimeout()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void keepsEverythingUnderTheDataDirectory() {
        LauncherSettings settings = LauncherSettings.fromArgs("--data-dir=/tmp/roadmap-data");

        assertThat(settings.kafkaDir()).isEqualTo(Path.of("/tmp/roadmap-data/kafka"));
        assertThat(settings.mongoFile()).isEqualTo(Path.of("/tmp/roadmap-data/mongo/roadmap.mv"));
        assertThat(settings.logDir()).isEqualTo(Path.of("/tmp/roadmap-data/logs"));
    }

    @Test
    void putsTheControllerNextToTheKafkaPortUnlessToldOtherwise() {
        assertThat(LauncherSettings.fromArgs("--kafka-port=19092").kafkaControllerPort()).isEqualTo(19093);
        assertThat(LauncherSettings.fromArgs("--kafka-port=19092", "--kafka-controller-port=29093")
                .kafkaControllerPort()).isEqualTo(29093);
    }

    @Test
    void splitsServiceJvmOptionsOnWhitespace() {
        assertThat(LauncherSettings.fromArgs("--service-jvm-opts= -Xmx512m  -Dfoo=bar ").serviceJvmOpts())
                .containsExactly("-Xmx512m", "-Dfoo=bar");
    }

    @Test
    void keepsTheExtractedServicesUnderTheDataDirectory() {
        assertThat(LauncherSettings.fromArgs("--data-dir=/tmp/roadmap-data").extractedServicesDir())
                .isEqualTo(Path.of("/tmp/roadmap-data/services"));
    }

    @Test
    void startsTheServicesAsToldWhereTheirClassesAre() {
        assertThat(LauncherSettings.fromArgs("--service-startup=jar").serviceStartup()).isEqualTo(ServiceStartup.JAR);
        assertThat(LauncherSettings.fromArgs("--service-startup=cds").serviceStartup()).isEqualTo(ServiceStartup.CDS);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LauncherSettings.fromArgs("--service-startup=aot"))
                .withMessage("--service-startup must be one of jar, extracted, cds, not 'aot'.");
    }

    @Test
    void rejectsUnknownOptions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LauncherSettings.fromArgs("--kafka-prot=1"))
                .withMessage("Unknown option --kafka-prot.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LauncherSettings.fromArgs("verbose"))
                .withMessageContaining("Expected --option=value");
    }

    @Test
    void rejectsPortsThatAreNotPorts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LauncherSettings.fromArgs("--gateway-port=eighty"))
                .withMessageContaining("--gateway-port expects a number");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LauncherSettings.fromArgs("--mongo-port=70000"))
                .withMessageContaining("between 1 and 65535");
    }

    @Test
    void describesEveryOptionInItsUsage() {
        assertThat(LauncherSettings.usage()).contains("--data-dir", "--mongo-port", "--kafka-port",
                "--kafka-controller-port", "--gateway-port", "--commitments-port", "--meetings-port",
                "--notifications-port", "--identity-port", "--services-dir", "--service-jvm-opts", "--service-startup",
                "--readiness-timeout", "--restart-delay", "--restart-max-delay", "--restart-limit", "--restart-window",
                "--help");
    }
}
