package org.roadmap.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * {@code deploy/kafka/acls.txt}, read as docker-compose's kafka-setup reads it: one
 * {@code principal operation resource pattern name} rule per line, {@code #} comments.
 */
final class AclFile {

    static final Path LOCATION = Path.of("..", "deploy", "kafka", "acls.txt").toAbsolutePath().normalize();

    private AclFile() {
    }

    static List<AclBinding> bindings() throws IOException {
        return Files.readAllLines(LOCATION).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(AclFile::binding)
                .toList();
    }

    private static AclBinding binding(String line) {
        String[] fields = line.split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("Not 'principal operation resource pattern name': " + line);
        }
        ResourcePattern resource = new ResourcePattern(known(ResourceType.fromString(upper(fields[2])), line),
                fields[4], known(PatternType.fromString(upper(fields[3])), line));
        AccessControlEntry entry = new AccessControlEntry("User:" + fields[0], "*",
                known(AclOperation.fromString(upper(fields[1])), line), AclPermissionType.ALLOW);
        return new AclBinding(resource, entry);
    }

    private static String upper(String word) {
        return word.toUpperCase(Locale.ROOT);
    }

    private static <T extends Enum<T>> T known(T value, String line) {
        if (value.name().equals("UNKNOWN")) {
            throw new IllegalArgumentException("Unknown word in: " + line);
        }
        return value;
    }
}
