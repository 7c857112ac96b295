package org.roadmap.commitments.roadmap.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roadmap.commitments.commitment.Suggestions.SuggestedEntity;

/**
 * The ministries and agencies an item's text names: those of the gazetteer, by name (with or
 * without its country: "the Ministry of Energy and Mines (MINEM)"), acronym or a functional
 * description only it answers to ("health authorities"); then, at lower confidence, other bodies
 * the wording shows to be one ("Business Development Bank of Canada (BDC)"), belonging to the
 * party they are named after. Each with the words of the text that name it.
 */
final class NamedBodies {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BOTH = Pattern.compile("^\\s+(?:of|from|in)\\s+(?:both|the two)\\s+(?:countries|nations"
            + "|sides|parties)|^\\s+de\\s+ambos\\s+(?:países|lados|gobiernos)", FLAGS);
    private static final Pattern PARENTHESIS = Pattern.compile("^\\s*\\(([^()]{2,20})\\)");
    private static final Pattern ORGANISER = Pattern.compile("(?:organi[sz]ed|convened|led|coordinated|hosted|chaired"
            + "|organizad[oa]s?|convocad[oa]s?|liderad[oa]s?|coordinad[oa]s?|presidid[oa]s?)\\s+(?:by|por)\\s+"
            + "(?:the\\s+|el\\s+|la\\s+)?$", FLAGS);
    private static final Pattern FUNDER = Pattern.compile("(?:(?:funded|financed|co-financed) by|with (?:the )?"
            + "(?:funding|financing) (?:of|from)|financiad[oa]s?\\s+por|con (?:el )?(?:financiamiento|apoyo financiero)"
            + " del?)\\s+(?:the\\s+|el\\s+|la\\s+)?$", FLAGS);

    /** A body named in the text, where, and by which words. */
    record Named(SuggestedEntity entity, int start, int end) {
    }

    private record Candidate(GazetteerEntry entry, int start, int end, double confidence) {

        int length() {
            return end - start;
        }
    }

    private final Countries countries;

    NamedBodies(Countries countries) {
        this.countries = countries;
    }

    /** The bodies {@code text} names, in text order, each once; of the {@code parties} or, found by pattern, of neither. */
    List<Named> in(String text, List<String> parties, Gazetteer gazetteer) {
        List<Candidate> candidates = new ArrayList<>();
        List<GazetteerEntry> entries = gazetteer.of(parties);
        for (GazetteerEntry entry : entries) {
            for (String name : entry.names()) {
                find(name, text, FLAGS).forEach(m -> candidates.add(new Candidate(entry, m[0], m[1], 0.95)));
                String bare = bare(name, entry.country());
                if (!bare.equals(name)) {
                    find(bare, text, FLAGS).forEach(m -> candidates.add(new Candidate(entry, m[0], m[1], 0.8)));
                }
            }
            for (String acronym : entry.acronyms()) {
                find(acronym, text, 0).forEach(m -> candidates.add(new Candidate(entry, m[0], m[1], 0.85)));
            }
            for (String descriptor : entry.descriptors()) {
                find(descriptor, text, FLAGS).forEach(m -> candidates.add(new Candidate(entry, m[0], m[1], 0.6)));
            }
        }
        List<Candidate> resolved = resolve(candidates, text);
        List<Named> named = new ArrayList<>();
        for (Candidate c : resolved) {
            int end = withAcronym(text, c.end());
            named.add(new Named(new SuggestedEntity(c.entry().displayName(), c.entry().acronym(), c.entry().country(),
                    role(text, c.start()), c.entry().id(), text.substring(c.start(), end), c.confidence(), "gazetteer"),
                    c.start(), end));
        }
        boolean[] taken = new boolean[text.length()];
        named.forEach(n -> java.util.Arrays.fill(taken, n.start(), n.end(), true));
        named.addAll(byPattern(text, parties, taken));
        named.sort(Comparator.comparingInt(Named::start));
        return organised(named);
    }

    /**
     * Keeps, of overlapping candidates, the longest; where several entries answer to the very same
     * words (a name without its country, a description), keeps them only if each is of another
     * party and the text says "of both countries", or they are descriptions.
     */
    private List<Candidate> resolve(List<Candidate> candidates, String text) {
        Map<String, List<Candidate>> bySpan = new LinkedHashMap<>();
        candidates.stream().sorted(Comparator.comparingInt(Candidate::length).reversed()
                        .thenComparing(Comparator.comparingDouble(Candidate::confidence).reversed()))
                .forEach(c -> bySpan.computeIfAbsent(c.start() + ":" + c.end(), k -> new ArrayList<>()).add(c));
        List<Candidate> kept = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (List<Candidate> same : bySpan.values()) {
            Candidate first = same.get(0);
            if (spans.stream().anyMatch(s -> s[0] < first.end() && first.start() < s[1])) {
                continue;
            }
            List<Candidate> entries = same.stream().filter(distinctEntries()).toList();
            if (entries.size() > 1 && first.confidence() > 0.6) {
                Matcher both = BOTH.matcher(text.substring(first.end()));
                if (!both.find()) {
                    continue;
                }
                int end = first.end() + both.end();
                entries = entries.stream().map(c -> new Candidate(c.entry(), c.start(), end, c.confidence())).toList();
            }
            spans.add(new int[] {first.start(), entries.get(0).end()});
            kept.addAll(entries);
        }
        Map<String, Candidate> byEntry = new LinkedHashMap<>();
        kept.stream().sorted(Comparator.comparingInt(Candidate::start))
                .forEach(c -> byEntry.merge(c.entry().id(), c, (a, b) -> b.confidence() > a.confidence()
                        ? new Candidate(a.entry(), a.start(), a.end(), b.confidence()) : a));
        return List.copyOf(byEntry.values());
    }

    private static java.util.function.Predicate<Candidate> distinctEntries() {
        Set<String> seen = new java.util.HashSet<>();
        return c -> seen.add(c.entry().id());
    }

    /** Other bodies: runs of capitalised words holding a word such as Ministry, Agency or Bank. */
    private List<Named> byPattern(String text, List<String> parties, boolean[] taken) {
        List<Named> found = new ArrayList<>();
        for (int[] run : WordedBodies.runs(text)) {
            for (int[] body : WordedBodies.bodies(text, run)) {
                if (java.util.stream.IntStream.range(body[0], body[1]).anyMatch(i -> taken[i])) {
                    continue;
                }
                String name = text.substring(body[0], body[1]);
                int end = withAcronym(text, body[1]);
                String acronym = end > body[1] ? acronymIn(text.substring(body[1], end)) : null;
                Optional<String> country = countryOf(name, parties);
                found.add(new Named(new SuggestedEntity(acronym == null ? name : name + " (" + acronym + ")", acronym,
                        country.orElse(null), role(text, body[0]), null, text.substring(body[0], end),
                        country.isPresent() ? 0.5 : 0.3, "pattern"), body[0], end));
            }
        }
        return found;
    }

    /** An embassy belongs to the country it represents ("Embassy of Peru in Japan"); other bodies to the one party they name. */
    private Optional<String> countryOf(String name, List<String> parties) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("embassy") || lower.startsWith("embajada")) {
            return countries.namedIn(name).stream().map(n -> n.country().code()).filter(parties::contains).findFirst();
        }
        return countries.countryOf(name, parties);
    }

    private static int withAcronym(String text, int end) {
        Matcher p = PARENTHESIS.matcher(text.substring(end));
        if (p.find() && acronymIn(p.group()) != null) {
            return end + p.end();
        }
        return end;
    }

    private static String acronymIn(String parenthesis) {
        String inside = parenthesis.strip().replaceAll("^\\(|\\)$", "").strip();
        return inside.matches("[\\p{Lu}][\\p{L}\\p{N}-]{1,15}") ? inside : null;
    }

    /** Lead unless the text makes another body the organiser or the funder. */
    private static String role(String text, int start) {
        String before = text.substring(Math.max(0, start - 50), start);
        if (FUNDER.matcher(before).find()) {
            return "funding";
        }
        return ORGANISER.matcher(before).find() ? "organiser" : "lead";
    }

    /** Where a body organises, it leads and the others implement. */
    private static List<Named> organised(List<Named> named) {
        if (named.stream().noneMatch(n -> n.entity().role().equals("organiser"))) {
            return named;
        }
        return named.stream().map(n -> {
            SuggestedEntity e = n.entity();
            String role = switch (e.role()) {
                case "organiser" -> "lead";
                case "lead" -> "implementing";
                default -> e.role();
            };
            return new Named(new SuggestedEntity(e.name(), e.acronym(), e.country(), role, e.gazetteerId(),
                    e.evidence(), e.confidence(), e.basis()), n.start(), n.end());
        }).toList();
    }

    /** "Ministry of Production of Peru" → "Ministry of Production": the name as a text of that country may write it. */
    private String bare(String name, String country) {
        return countries.byCode(country).map(c -> {
            for (String n : c.names()) {
                Matcher suffix = Pattern.compile("\\s+(?:of|de|del)\\s+(?:the\\s+)?" + Pattern.quote(n) + "$", FLAGS)
                        .matcher(name);
                if (suffix.find()) {
                    return name.substring(0, suffix.start());
                }
            }
            return name;
        }).orElse(name);
    }

    /** Where {@code words} occur in {@code text} as whole words, punctuation between them free ("Land, Infrastructure"). */
    private static List<int[]> find(String words, String text, int flags) {
        String[] tokens = words.split("[^\\p{L}\\p{N}]+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        boolean first = true;
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            if (!first) {
                regex.append("[^\\p{L}\\p{N}()]{1,3}");
            }
            regex.append(Pattern.quote(token));
            first = false;
        }
        regex.append("(?![\\p{L}\\p{N}])");
        List<int[]> spans = new ArrayList<>();
        Matcher m = Pattern.compile(regex.toString(), flags).matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }
}
