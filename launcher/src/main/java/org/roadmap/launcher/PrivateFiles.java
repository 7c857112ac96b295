package org.roadmap.launcher;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data directory holds the platform's whole state (documents, event log, secrets): only the
 * user who runs the launcher may read it. Directories are made 700 and files 600 where the file
 * system knows POSIX permissions; elsewhere the operating system's defaults apply.
 */
final class PrivateFiles {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates {@code dir} and its missing parents private, and makes {@code dir} itself private if it existed. */
    static Path directory(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (!POSIX) {
            return Files.createDirectories(absolute);
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.exists(parent)) {
            directory(parent);
        }
        if (!Files.exists(absolute)) {
            try {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // by another thread preparing a directory beside it
            }
        }
        Files.setPosixFilePermissions(absolute, DIRECTORY);
        return absolute;
    }

    /** Creates {@code file} empty and private if missing, else makes it private; its directory too. */
    static Path file(Path file) throws IOException {
        directory(file.toAbsolutePath().getParent());
        if (!POSIX) {
            return file;
        }
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
        Files.setPosixFilePermissions(file, FILE);
        return file;
    }
}
