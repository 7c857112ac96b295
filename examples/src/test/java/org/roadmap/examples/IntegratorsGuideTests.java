package org.roadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.roadmap.events.Topics;
import org.yaml.snakeyaml.Yaml;

/** What docs/integrators.md states is what the code and the deployment files do. */
class IntegratorsGuideTests {

    private static final Path ROOT = Path.of("..");
    private static final Path SOURCES = Path.of("src/main/java/org/roadmap/examples");

    @Test
    void everyJavaSnippetIsCutFromTheExamplesThatTheTestsRun() throws IOException {
        String sources = normalised(allSources());

        List<String> snippets = codeBlocks("java");

        assertThat(snippets).isNotEmpty();
        snippets.forEach(snippet -> assertThat(sources.contains(normalised(snippet)))
                .as("this snippet of docs/integrators.md is not in examples/src/main/java "
                        + "(copy it from there again):%n%s", snippet).isTrue());
    }

    @Test
    void deadLetterTopicsListedAreTheOnesTheServicesConfigure() throws IOException {
        Set<String> configured = new TreeSet<>();
        for (String service : List.of("commitments-service", "meetings-service", "notifications-service")) {
            Matcher dlq = Pattern.compile("dlq-name: (\\S+)")
                    .matcher(Files.readString(ROOT.resolve(service + "/src/main/resources/application.yml")));
            while (dlq.find()) {
                configured.add(dlq.group(1));
            }
        }

        assertThat(deadLetterTopicsIn(Files.readString(KcatCommandsTests.GUIDE))).as("dead-letter topics in the guide")
                .isEqualTo(configured);
        assertThat(deadLetterChannelsOfTheAsyncApiDocument()).as("dead-letter channels in asyncapi.yaml")
                .isEqualTo(configured);
    }

    @Test
    @SuppressWarnings("unchecked")
    void retentionStatedForDockerComposeIsWhatItsTopicServiceCreates() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");

        String command = String.join("\n", (List<String>) ((Map<String, Object>) services.get("kafka-setup")).get("command"));

        assertThat(command).contains(Topics.COMMITMENTS, Topics.COMMITMENTS_PUBLIC, Topics.MEETINGS, Topics.NOTIFICATIONS)
                .contains("--partitions 3", "--config retention.ms=-1", "--config cleanup.policy=delete");
    }

    private static Set<String> deadLetterTopicsIn(String text) {
        Matcher topic = Pattern.compile("`(roadmap\\.[a-z]+\\.v[0-9]+\\.[a-z-]+\\.dlt)`").matcher(text);
        Set<String> topics = new TreeSet<>();
        while (topic.find()) {
            topics.add(topic.group(1));
        }
        return topics;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> deadLetterChannelsOfTheAsyncApiDocument() throws IOException {
        try (InputStream in = Topics.class.getResourceAsStream("/org/roadmap/events/asyncapi.yaml")) {
            Map<String, Map<String, Object>> channels = (Map<String, Map<String, Object>>)
                    new Yaml().<Map<String, Object>>load(in).get("channels");
            return channels.values().stream().map(c -> (String) c.get("address")).filter(a -> a.endsWith(".dlt"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static List<String> codeBlocks(String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : Files.readAllLines(KcatCommandsTests.GUIDE)) {
            if (block == null && line.equals("```" + language)) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    private static String allSources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.sorted().toList()) {
                all.append(Files.readString(file)).append('\n');
            }
            return all.toString();
        }
    }

    /** Lines trimmed, blank lines dropped: indentation in the guide need not match. */
    private static String normalised(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}
