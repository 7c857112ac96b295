package org.roadmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A benchmark's fresh data directory. A launched platform's holds its extracted services (about 350 MB) besides its
 * data, so one left behind by each run fills the disk within a day of measuring: it is deleted once the run is over,
 * and kept only when the run failed, for its logs.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    /** A new, empty directory under the system's temporary directory, named after the benchmark. */
    public static Path create(String benchmark) throws IOException {
        return Files.createTempDirectory(benchmark);
    }

    /** Deletes {@code directory} and all it holds; nothing when it is not there. */
    public static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Deletes it after a run that ended well; after a failed one, says where it was kept. */
    public static void deleteAfter(Path directory, boolean completed) throws IOException {
        if (completed) {
            delete(directory);
        } else {
            System.out.println("The run's data, with the services' logs, is kept in " + directory);
        }
    }
}
