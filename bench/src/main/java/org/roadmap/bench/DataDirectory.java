package org.roadmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;

/**
 * A benchmark run's fresh data directory. A launched platform's holds its extracted services (about 350 MB) besides its
 * data, so one left behind by each run fills the disk within a day of measuring: it is deleted once the run is over,
 * and kept only when the run failed, for its logs.
 */
final class DataDirectory {

    private DataDirectory() {
    }

    /** What a run does with its directory. */
    interface Run<T> {
        T in(Path directory) throws Exception;
    }

    /**
     * Runs {@code run} on a new directory under the system's temporary directory, named after the benchmark; deletes
     * it after a run that ended well, and after one that failed says where it was kept.
     */
    static <T> T use(String benchmark, Run<T> run) throws Exception {
        Path directory = Files.createTempDirectory(benchmark);
        boolean completed = false;
        try {
            T result = run.in(directory);
            completed = true;
            return result;
        } finally {
            if (completed) {
                FileSystemUtils.deleteRecursively(directory);
            } else {
                System.out.println("The run's data, with the services' logs, is kept in " + directory);
            }
        }
    }
}
