package org.roadmap.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Where a service's JVM finds its classes, with identity's real jar (the smallest) from this module's build. */
class ServiceClassesTests {

    private static final Path SERVICES_DIR = Path.of(System.getProperty("roadmap.services-dir", "target/services"));

    @TempDir
    Path temp;

    @Test
    void runsTheJarAsBuiltWhenToldTo() throws Exception {
        ServiceClasses classes = identity("--service-startup=jar");

        assertThat(classes.prepare()).isFalse();
        assertThat(classes.javaArguments()).containsExactly("-jar",
                SERVICES_DIR.resolve("identity.jar").toAbsolutePath().normalize().toString());
        assertThat(classes.records()).isFalse();
    }

    @Test
    void runsAJarThatIsNotASpringBootJarAsItIs() throws Exception {
        LauncherSettings settings = settings("--service-startup=cds");
        Path services = FakeServiceJars.writeTo(temp.resolve("fake-services"), settings);
        ServiceClasses classes = ServiceClasses.of(identityOf(settings), settings("--service-startup=cds",
                "--services-dir=" + services));

        assertThat(classes.prepare()).isFalse();
        assertThat(classes.javaArguments()).containsExactly("-jar", services.resolve("identity.jar").toString());
    }

    @Test
    void extractsTheJarOnceAndRunsTheExtractedOne() throws Exception {
        ServiceClasses first = identity("--service-startup=extracted");
        assertThat(first.prepare()).isTrue();
        Path extracted = temp.resolve("data/services/identity/app/identity.jar");
        assertThat(first.javaArguments()).containsExactly("-jar", extracted.toString());
        assertThat(temp.resolve("data/services/identity/app/lib")).isNotEmptyDirectory();

        ServiceClasses again = identity("--service-startup=extracted");
        assertThat(again.prepare()).as("extracted already").isFalse();
        assertThat(again.javaArguments()).containsExactly("-jar", extracted.toString());
    }

    @Test
    void recordsAnArchiveOnTheFirstRunAndMapsItOnceTheServiceStoppedCleanly() throws Exception {
        Path archive = temp.resolve("data/services/identity/identity.jsa");
        ServiceClasses first = identity("--service-startup=cds");
        first.prepare();
        assertThat(first.records()).isTrue();
        assertThat(first.javaArguments()).startsWith("-XX:ArchiveClassesAtExit=" + archive + ".recorded");

        // what the JVM writes as it exits
        Files.writeString(Path.of(archive + ".recorded"), "archive");
        first.keepRecordedArchive();

        ServiceClasses next = identity("--service-startup=cds");
        next.prepare();
        assertThat(next.records()).isFalse();
        assertThat(next.javaArguments()).containsExactly("-XX:SharedArchiveFile=" + archive, "-jar",
                temp.resolve("data/services/identity/app/identity.jar").toString());
    }

    @Test
    void recordsAgainWhenTheFirstRunWasKilledBeforeItWroteItsArchive() throws Exception {
        identity("--service-startup=cds").prepare();

        ServiceClasses next = identity("--service-startup=cds");
        next.prepare();

        assertThat(next.records()).isTrue();
    }

    @Test
    void recordsAgainForOtherOptionsOrAnotherBuild() throws Exception {
        Path services = Files.createDirectories(temp.resolve("services"));
        Files.copy(requireIdentityJar(), services.resolve("identity.jar"));
        ServiceClasses first = identity("--service-startup=cds", "--services-dir=" + services);
        first.prepare();
        Files.writeString(temp.resolve("data/services/identity/identity.jsa.recorded"), "archive");
        first.keepRecordedArchive();

        ServiceClasses otherOptions = identity("--service-startup=cds", "--services-dir=" + services,
                "--service-jvm-opts=-Xmx128m");
        otherOptions.prepare();
        assertThat(otherOptions.records()).isTrue();

        Files.setLastModifiedTime(services.resolve("identity.jar"), FileTime.from(Instant.now().plusSeconds(60)));
        ServiceClasses anotherBuild = identity("--service-startup=cds", "--services-dir=" + services);
        assertThat(anotherBuild.prepare()).as("extracted again").isTrue();
        assertThat(anotherBuild.records()).isTrue();
    }

    private ServiceClasses identity(String... options) throws IOException {
        requireIdentityJar();
        LauncherSettings settings = settings(options);
        return ServiceClasses.of(identityOf(settings), settings);
    }

    private static ServiceDefinition identityOf(LauncherSettings settings) {
        return ServiceDefinition.forPlatform(settings).stream().filter(service -> service.name().equals("identity"))
                .findFirst().orElseThrow();
    }

    private LauncherSettings settings(String... overrides) {
        List<String> args = new ArrayList<>(List.of("--data-dir=" + temp.resolve("data"),
                "--services-dir=" + SERVICES_DIR));
        args.addAll(List.of(overrides));
        return LauncherSettings.fromArgs(args.toArray(String[]::new));
    }

    private static Path requireIdentityJar() {
        Path jar = SERVICES_DIR.resolve("identity.jar");
        assumeTrue(Files.isRegularFile(jar), () -> "Skipping: no " + jar + ". Build the services first, e.g. ./mvnw"
                + " verify from the repository root.");
        return jar;
    }
}
