package org.roadmap.commitments.roadmap.suggestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The countries a road map's parties may be, with their capitals and time zones, kept as data
 * ({@code roadmaps/countries.yml}): a party recognised in a title gets the capital and zone its
 * meetings are shown in.
 */
public final class Countries {

    private static final String RESOURCE = "/roadmaps/countries.yml";
    private static volatile Countries shipped;

    private final List<Country> countries;

    Countries(List<Country> countries) {
        this.countries = List.copyOf(countries);
    }

    /**
     * @param names      the first is the one shown; the others (official forms, Spanish) are recognised too
     * @param adjectives e.g. {@code Peruvian}, {@code peruana}: a body named with one belongs to the country
     * @param zone       IANA time zone of the capital
     */
    public record Country(String code, List<String> names, List<String> adjectives, String capital, String zone) {

        public String name() {
            return names.get(0);
        }
    }

    /** A country named in a text: where, and in which words. */
    public record Named(Country country, int start, String words) {
    }

    /** The table shipped with the service. */
    public static Countries shipped() {
        if (shipped == null) {
            try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
                shipped = load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }

    @SuppressWarnings("unchecked")
    static Countries load(InputStream yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        List<Country> countries = ((List<Map<String, Object>>) root.get("countries")).stream()
                .map(c -> new Country(String.valueOf(c.get("code")), strings(c.get("names")),
                        strings(c.get("adjectives")), String.valueOf(c.get("capital")), String.valueOf(c.get("zone"))))
                .toList();
        return new Countries(countries);
    }

    public Optional<Country> byCode(String code) {
        return countries.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * The countries {@code text} names, each once, in the order the text first names them. Longer
     * names are matched first, so "Estados Unidos Mexicanos" is Mexico, not the United States.
     */
    public List<Named> namedIn(String text) {
        List<Named> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        countries.stream()
                .flatMap(c -> c.names().stream().map(n -> Map.entry(n, c)))
                .sorted(Comparator.comparingInt((Map.Entry<String, Country> e) -> e.getKey().length()).reversed())
                .forEach(e -> {
                    Matcher m = wordPattern(e.getKey()).matcher(text);
                    while (m.find()) {
                        if (free(taken, m.start(), m.end())) {
                            take(taken, m.start(), m.end());
                            found.add(new Named(e.getValue(), m.start(), m.group()));
                        }
                    }
                });
        List<Named> ordered = new ArrayList<>();
        found.stream().sorted(Comparator.comparingInt(Named::start)).forEach(n -> {
            if (ordered.stream().noneMatch(o -> o.country().equals(n.country()))) {
                ordered.add(n);
            }
        });
        return ordered;
    }

    /** The country of {@code parties} that {@code words} (a body's name) names or qualifies, if exactly one does. */
    Optional<String> countryOf(String words, List<String> parties) {
        List<String> named = new ArrayList<>();
        for (String code : parties) {
            byCode(code).ifPresent(c -> {
                boolean names = c.names().stream().anyMatch(n -> wordPattern(n).matcher(words).find())
                        || c.adjectives().stream().anyMatch(a -> wordPattern(a).matcher(words).find());
                if (names) {
                    named.add(code);
                }
            });
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    static Pattern wordPattern(String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words).replace(" ", "\\E\\s+\\Q")
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void take(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((List<Object>) value).stream().map(String::valueOf).toList();
    }
}
