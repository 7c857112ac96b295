package org.roadmap.deploy.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.roadmap.deploy.chart.HelmChart;

/** deploy/kafka/acls.txt: the rules docker-compose's kafka-setup applies, one per line. */
public final class AclFile {

    /** One rule, in the file's words (READ, topic, literal / prefixed). */
    public record Rule(String principal, String operation, String resource, String pattern, String name) {
    }

    private AclFile() {
    }

    public static List<Rule> rules() {
        try {
            return Files.readAllLines(HelmChart.REPOSITORY.resolve("deploy/kafka/acls.txt")).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+"))
                    .map(f -> new Rule(f[0], f[1], f[2], f[3], f[4]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
