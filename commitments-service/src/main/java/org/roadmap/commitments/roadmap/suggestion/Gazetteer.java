package org.roadmap.commitments.roadmap.suggestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The ministries and agencies of the countries road maps are signed by, kept as data: shipped in
 * {@code roadmaps/gazetteer.yml}, stored in the {@code gazetteer} collection ({@link GazetteerStore}),
 * where entries learned from confirmed imports join them.
 */
public final class Gazetteer {

    private static final String RESOURCE = "/roadmaps/gazetteer.yml";
    private static volatile Gazetteer shipped;

    private final List<GazetteerEntry> entries;

    public Gazetteer(Collection<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The entries shipped with the service, as read from its resource. */
    public static Gazetteer shipped() {
        if (shipped == null) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                shipped = load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }

    @SuppressWarnings("unchecked")
    static Gazetteer load(InputStream yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Map<String, Object> root = new Yaml(new SafeConstructor(options)).load(yaml);
        List<GazetteerEntry> entries = ((List<Map<String, Object>>) root.get("entries")).stream()
                .map(e -> new GazetteerEntry(text(e.get("id")), text(e.get("country")), text(e.get("kind")),
                        Countries.strings(e.get("names")), Countries.strings(e.get("acronyms")),
                        Countries.strings(e.get("descriptors")), Countries.strings(e.get("remit")), null))
                .toList();
        entries.forEach(Gazetteer::check);
        return new Gazetteer(entries);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The entries of the given countries, in the order they are kept. */
    List<GazetteerEntry> of(Collection<String> countries) {
        return entries.stream().filter(e -> countries.contains(e.country())).toList();
    }

    private static void check(GazetteerEntry entry) {
        if (entry.id() == null || entry.country() == null || entry.kind() == null || entry.names().isEmpty()) {
            throw new IllegalArgumentException("Gazetteer entry without id, country, kind or name: " + entry);
        }
    }
}
