package org.roadmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.roadmap.events.EventJson;

/** A benchmark's figures kept in a JSON file between runs, so each run is shown beside the previous one. */
public final class ResultsFile {

    private ResultsFile() {
    }

    /** Each measurement's figures under a key made from its name, e.g. {@code through-the-gateway-1.p50-ms}. */
    static Map<String, Double> figuresOf(List<Latencies> measurements) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (Latencies measurement : measurements) {
            String key = measurement.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            figures.putAll(measurement.figures(key));
        }
        return figures;
    }

    /** Prints the previous run's figures beside these and keeps these for the next run. */
    static void compareAndKeep(Path results, Map<String, Double> figures) throws IOException {
        Map<String, Double> previous = new LinkedHashMap<>();
        if (Files.exists(results)) {
            EventJson.tree(Files.readString(results)).properties()
                    .forEach(figure -> previous.put(figure.getKey(), figure.getValue().asDouble()));
            System.out.println("Compared with " + results + ":");
            figures.forEach((name, value) -> Optional.ofNullable(previous.get(name)).filter(before -> before > 0)
                    .ifPresent(before -> System.out.printf(Locale.ROOT, "  %-58s %10.2f -> %10.2f  (x%.2f)%n",
                            name, before, value, value / before)));
        }
        write(results, figures);
        System.out.println("Figures kept in " + results);
    }

    /** {@code content} as indented JSON, its directory made if missing. */
    public static void write(Path results, Object content) throws IOException {
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(content));
    }
}
