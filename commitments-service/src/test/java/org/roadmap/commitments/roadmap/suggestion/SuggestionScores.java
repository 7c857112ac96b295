package org.roadmap.commitments.roadmap.suggestion;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Precision and recall of suggestions per field, item by item against what a person annotated.
 * A field counts a true positive where the suggestion equals the expected value, a false positive
 * where something other (or something where nothing was expected) is suggested, a false negative
 * where an expected value is missed; "ongoing" cadence and an absent value are nothing.
 */
final class SuggestionScores {

    static final List<String> FIELDS = List.of("deadline", "cadence", "venue", "meeting series", "series id",
            "entities named", "entities all", "title", "parties' zones");

    /** What an item's structure is, or was suggested to be, in the terms compared. */
    record Structure(String title, String cadence, String venue, String series, LocalDate deadline,
            List<Entity> named, List<Entity> all) {
    }

    record Entity(String name, String country) {
    }

    static final class Score {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        void add(Score other) {
            tp += other.tp;
            fp += other.fp;
            fn += other.fn;
        }
    }

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final Map<String, int[]> agreement = new LinkedHashMap<>();
    private final Map<String, int[]> byBasis = new java.util.TreeMap<>();
    private double titleSimilarity;
    private int items;

    SuggestionScores() {
        FIELDS.forEach(f -> {
            scores.put(f, new Score());
            agreement.put(f, new int[2]);
        });
    }

    void item(Structure expected, Structure suggested) {
        items++;
        value("deadline", expected.deadline(), suggested.deadline());
        value("cadence", positive(expected.cadence()), positive(suggested.cadence()));
        value("venue", expected.venue(), suggested.venue());
        value("meeting series", expected.series() == null ? null : "series", suggested.series() == null ? null : "series");
        value("series id", expected.series(), suggested.series());
        entities("entities named", expected.named(), suggested.named());
        entities("entities all", expected.all(), suggested.all());
        double similarity = similarity(expected.title(), suggested.title());
        titleSimilarity += similarity;
        value("title", "title", similarity >= 0.5 ? "title" : "other");
    }

    void parties(Map<String, String> expectedZones, Map<String, String> suggestedZones) {
        Score s = scores.get("parties' zones");
        int[] a = agreement.get("parties' zones");
        for (Map.Entry<String, String> e : expectedZones.entrySet()) {
            String zone = suggestedZones.get(e.getKey());
            if (e.getValue().equals(zone)) {
                s.tp++;
            } else {
                s.fn++;
                if (zone != null) {
                    s.fp++;
                }
            }
            a[0] += e.getValue().equals(zone) ? 1 : 0;
            a[1]++;
        }
        suggestedZones.keySet().stream().filter(k -> !expectedZones.containsKey(k)).forEach(k -> s.fp++);
    }

    /** A suggested responsible entity found by {@code basis}, right or not: how far its confidence is earned. */
    void entity(String basis, boolean right) {
        int[] counts = byBasis.computeIfAbsent(basis, b -> new int[2]);
        counts[0] += right ? 1 : 0;
        counts[1]++;
    }

    Score score(String field) {
        return scores.get(field);
    }

    /** The share of items (of parties, for zones) whose suggestion agrees with the annotation. */
    double agreement(String field) {
        int[] a = agreement.get(field);
        return a[1] == 0 ? 1.0 : (double) a[0] / a[1];
    }

    double meanTitleSimilarity() {
        return items == 0 ? 0 : titleSimilarity / items;
    }

    void add(SuggestionScores other) {
        other.scores.forEach((f, s) -> scores.get(f).add(s));
        other.agreement.forEach((f, a) -> {
            agreement.get(f)[0] += a[0];
            agreement.get(f)[1] += a[1];
        });
        other.byBasis.forEach((b, c) -> {
            int[] counts = byBasis.computeIfAbsent(b, k -> new int[2]);
            counts[0] += c[0];
            counts[1] += c[1];
        });
        titleSimilarity += other.titleSimilarity;
        items += other.items;
    }

    String table(String heading) {
        StringBuilder out = new StringBuilder(heading).append(" (").append(items).append(" items)\n");
        out.append(String.format(Locale.ROOT, "  %-16s %9s %7s %10s  %s%n", "field", "precision", "recall", "agreement",
                "tp/fp/fn"));
        for (String field : FIELDS) {
            Score s = scores.get(field);
            out.append(String.format(Locale.ROOT, "  %-16s %9.2f %7.2f %10.2f  %d/%d/%d%n", field, s.precision(),
                    s.recall(), agreement(field), s.tp, s.fp, s.fn));
        }
        out.append(String.format(Locale.ROOT, "  mean title similarity (Dice of content words): %.2f%n",
                meanTitleSimilarity()));
        byBasis.forEach((basis, c) -> out.append(String.format(Locale.ROOT,
                "  entities suggested by %-9s precision %.2f (%d of %d)%n", basis, (double) c[0] / c[1], c[0], c[1])));
        return out.toString();
    }

    private void value(String field, Object expected, Object suggested) {
        Score s = scores.get(field);
        if (suggested != null && suggested.equals(expected)) {
            s.tp++;
        } else {
            if (suggested != null) {
                s.fp++;
            }
            if (expected != null) {
                s.fn++;
            }
        }
        agreement.get(field)[0] += Objects.equals(expected, suggested) ? 1 : 0;
        agreement.get(field)[1]++;
    }

    private static String positive(String cadence) {
        return cadence == null || cadence.equals("ongoing") ? null : cadence;
    }

    /** Entities match by country and by name without its acronym, or by acronym. */
    private void entities(String field, List<Entity> expected, List<Entity> suggested) {
        Score s = scores.get(field);
        List<Entity> unmatched = new ArrayList<>(expected);
        int tp = 0;
        for (Entity e : suggested) {
            Entity match = unmatched.stream().filter(x -> same(x, e)).findFirst().orElse(null);
            if (match != null) {
                unmatched.remove(match);
                tp++;
            }
        }
        s.tp += tp;
        s.fp += suggested.size() - tp;
        s.fn += unmatched.size();
        agreement.get(field)[0] += unmatched.isEmpty() && tp == suggested.size() ? 1 : 0;
        agreement.get(field)[1]++;
    }

    static boolean same(Entity a, Entity b) {
        if (!Objects.equals(a.country(), b.country())) {
            return false;
        }
        String acronymA = acronym(a.name());
        String acronymB = acronym(b.name());
        return core(a.name()).equals(core(b.name())) || (acronymA != null && acronymA.equals(acronymB));
    }

    private static String acronym(String name) {
        int open = name.lastIndexOf('(');
        return open < 0 || !name.endsWith(")") ? null : name.substring(open + 1, name.length() - 1).strip();
    }

    private static String core(String name) {
        String plain = Normalizer.normalize(name.replaceAll("\\([^()]*\\)\\s*$", ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^a-z0-9]+")).filter(w -> !w.isEmpty() && !w.equals("the") && !w.equals("and"))
                .collect(Collectors.joining(" "));
    }

    private static final Set<String> STOP = Set.of("the", "of", "and", "a", "an", "in", "on", "for", "to", "with",
            "between", "among", "at", "by", "de", "del", "la", "el", "los", "las", "y", "e", "en", "para", "con",
            "entre", "sobre", "both", "countries", "its", "their", "this", "that");

    /** Dice coefficient of the two titles' content words (lower case, plural s dropped). */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        long common = x.stream().filter(y::contains).count();
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> words(String title) {
        if (title == null) {
            return Set.of();
        }
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^a-z0-9]+")).filter(w -> !w.isEmpty() && !STOP.contains(w))
                .map(w -> w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
                .collect(Collectors.toSet());
    }
}
