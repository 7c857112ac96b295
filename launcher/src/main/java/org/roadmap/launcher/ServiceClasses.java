package org.roadmap.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where one service's JVM finds its classes ({@code --service-startup}, docs/adr/0012). A Spring Boot jar
 * keeps its libraries as nested jars, and loading thousands of classes out of them costs a service about a
 * third of its start-up CPU. So the jar is extracted once per build into the data directory
 * ({@code services/<name>/app}, Spring Boot's {@code java -Djarmode=tools -jar … extract}) and the JVM runs
 * the extracted jar, whose libraries are plain jars on its class path. With {@link ServiceStartup#CDS} the
 * service's first run on that extraction, JVM and options also records an application class-data sharing
 * archive of every class it loaded ({@code -XX:ArchiveClassesAtExit}, written as the JVM exits); once it
 * stopped cleanly the archive is kept, and later starts map those classes from it instead of loading and
 * verifying them again. A jar that is not a Spring Boot jar runs as it is, and so does one that cannot be
 * extracted (with a warning).
 */
final class ServiceClasses {

    private static final Logger log = LoggerFactory.getLogger(ServiceClasses.class);
    private static final long EXTRACTION_TIMEOUT_SECONDS = 180;

    private final String name;
    private final Path builtJar;
    private final Path directory;
    private final ServiceStartup startup;
    private final List<String> jvmOptions;
    private Path runnableJar;
    private List<String> archiveOptions = List.of();
    private boolean recording;

    private ServiceClasses(String name, Path builtJar, Path directory, ServiceStartup startup,
            List<String> jvmOptions) {
        this.name = name;
        this.builtJar = builtJar.toAbsolutePath();
        this.directory = directory;
        this.startup = startup;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.runnableJar = this.builtJar;
    }

    static ServiceClasses of(ServiceDefinition service, LauncherSettings settings) {
        return new ServiceClasses(service.service(), service.jar(settings.servicesDir()),
                settings.extractedServicesDir().resolve(service.service()), settings.serviceStartup(),
                settings.serviceJvmOpts());
    }

    /**
     * Extracts the jar unless this build of it is extracted already, and chooses between recording an
     * archive and using the one kept. Blocks while the extraction runs (seconds); safe to call again.
     *
     * @return whether it extracted the jar just now
     */
    synchronized boolean prepare() throws IOException, InterruptedException {
        if (startup == ServiceStartup.JAR || !isSpringBootJar(builtJar)) {
            return false;
        }
        boolean extractedNow = false;
        Path app = directory.resolve("app");
        Path extracted = app.resolve(builtJar.getFileName());
        Properties source = source();
        if (!source.equals(read(directory.resolve("extracted-from.properties"))) || !Files.isRegularFile(extracted)) {
            if (!extract(app)) {
                return false;
            }
            write(directory.resolve("extracted-from.properties"), source);
            extractedNow = true;
        }
        runnableJar = extracted;
        if (startup == ServiceStartup.CDS) {
            Properties made = archiveSource(source);
            if (Files.isRegularFile(archive()) && made.equals(read(archiveStamp()))) {
                archiveOptions = List.of("-XX:SharedArchiveFile=" + archive());
                recording = false;
            } else {
                Files.deleteIfExists(archive());
                Files.deleteIfExists(recordedArchive());
                // the classes the JVM cannot archive (old class file versions, JFR events) are warnings, not errors
                archiveOptions = List.of("-XX:ArchiveClassesAtExit=" + recordedArchive(), "-Xlog:cds=error");
                recording = true;
            }
        }
        return extractedNow;
    }

    /** What follows the JVM options on the service's command line: the archive's options, {@code -jar} and the jar. */
    synchronized List<String> javaArguments() {
        List<String> arguments = new ArrayList<>(archiveOptions);
        arguments.add("-jar");
        arguments.add(runnableJar.toString());
        return arguments;
    }

    /** Whether the JVM records an archive this run, which it writes as it exits. */
    synchronized boolean records() {
        return recording;
    }

    /**
     * After the service's JVM ended by itself or on SIGTERM, not killed: keeps the archive it wrote as it
     * exited, for the next starts. An archive half written by a killed JVM is never used.
     */
    synchronized void keepRecordedArchive() {
        if (!recording || !Files.isRegularFile(recordedArchive())) {
            return;
        }
        try {
            Files.move(recordedArchive(), archive(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            write(archiveStamp(), archiveSource(source()));
            recording = false;
            log.debug("{}: class-data archive kept for its next starts", name);
        } catch (IOException e) {
            log.warn("{}: could not keep its class-data archive ({}); its next start records one again", name,
                    e.toString());
        }
    }

    private boolean extract(Path app) throws IOException, InterruptedException {
        deleteRecursively(directory);
        PrivateFiles.directory(directory);
        Path output = directory.resolve("extract.log");
        // a short job: C1 and the serial collector halve its CPU against the JVM's defaults on a larger machine
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djarmode=tools", "-jar", builtJar.toString(),
                "extract", "--destination", app.toString());
        Process extraction = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        boolean ended;
        try {
            ended = extraction.waitFor(EXTRACTION_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            if (extraction.isAlive()) {
                extraction.destroyForcibly();
            }
        }
        if (!ended) {
            extraction.waitFor();
        }
        if (!ended || extraction.exitValue() != 0 || !Files.isRegularFile(app.resolve(builtJar.getFileName()))) {
            log.warn("{}: could not extract {} (see {}); it runs from the jar as built", name, builtJar, output);
            return false;
        }
        return true;
    }

    private Path archive() {
        return directory.resolve(name + ".jsa");
    }

    private Path recordedArchive() {
        return directory.resolve(name + ".jsa.recorded");
    }

    private Path archiveStamp() {
        return directory.resolve(name + ".jsa.properties");
    }

    /** The build of the jar, as its size and time; another build is extracted again. */
    private Properties source() throws IOException {
        Properties source = new Properties();
        source.setProperty("jar", builtJar.toString());
        source.setProperty("size", String.valueOf(Files.size(builtJar)));
        source.setProperty("modified", String.valueOf(Files.getLastModifiedTime(builtJar).toMillis()));
        return source;
    }

    /** What an archive belongs to: the extraction, the JVM (another one refuses it) and the service's options. */
    private Properties archiveSource(Properties source) {
        Properties made = new Properties();
        made.putAll(source);
        made.setProperty("java.home", System.getProperty("java.home"));
        made.setProperty("java.vm.version", System.getProperty("java.vm.version"));
        made.setProperty("options", String.join(" ", jvmOptions));
        return made;
    }

    private static boolean isSpringBootJar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Spring-Boot-Version") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        return properties;
    }

    private static void write(Path file, Properties properties) throws IOException {
        try (OutputStream out = Files.newOutputStream(PrivateFiles.file(file))) {
            properties.store(out, null);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
