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
    private static final Set<String> BODY_WORDS = Set.of("ministry", "agency", "bank", "institute", "commission",
            "council", "organization", "organisation", "corporation", "authority", "office", "secretariat", "service",
            "department", "bureau", "directorate", "embassy", "fund", "navy", "police", "ministerio", "agencia",
            "banco", "instituto", "comisión", "consejo", "secretaría", "servicio", "superintendencia", "dirección",
            "corporación", "autoridad", "oficina", "embajada", "fondo", "armada", "policía", "cancillería", "force",
            "administration", "board", "centre", "center", "unit", "coordinación", "unidad", "centro", "fuerza",
            "administración", "organismo", "guard");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the", "in", "de", "del", "la",
            "las", "los", "y", "e", "para", "en", "el");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*");
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
        for (int[] run : runs(text)) {
            for (int[] body : bodies(text, run)) {
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

    /** Spans of capitalised words, with lower-case connectors between them, and ", " inside. */
    private static List<int[]> runs(String text) {
        List<int[]> runs = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int start = -1;
        int end = -1;
        int lastCapital = -1;
        while (word.find()) {
            String w = word.group();
            boolean capital = Character.isUpperCase(w.codePointAt(0));
            boolean connector = CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) && !capital;
            String gap = start < 0 ? "" : text.substring(end, word.start());
            boolean joins = start >= 0 && (gap.matches("\\s+") || gap.matches(",\\s+"));
            if (start >= 0 && !(joins && (capital || connector))) {
                if (lastCapital > start) {
                    runs.add(new int[] {start, lastCapital});
                }
                start = -1;
            }
            if (start < 0 && capital) {
                start = word.start();
            }
            if (start >= 0) {
                end = word.end();
                if (capital) {
                    lastCapital = word.end();
                }
            }
        }
        if (start >= 0 && lastCapital > start) {
            runs.add(new int[] {start, lastCapital});
        }
        return runs;
    }

    /**
     * The bodies in a run: split where "and", "y" or a comma is followed by words holding a body word
     * of their own ("Japan Sports Agency and the Peruvian Sports Institute"), parts without one staying
     * with the part before ("Ministry of Agriculture, Forestry and Fisheries").
     */
    private static List<int[]> bodies(String text, int[] run) {
        List<int[]> parts = new ArrayList<>();
        Matcher split = Pattern.compile(",\\s+(?:and\\s+|y\\s+)?|\\s+(?:and|y|e)\\s+").matcher(text)
                .region(run[0], run[1]);
        int from = run[0];
        while (split.find()) {
            parts.add(new int[] {from, split.start()});
            from = split.end();
        }
        parts.add(new int[] {from, run[1]});
        List<int[]> bodies = new ArrayList<>();
        for (int[] part : parts) {
            boolean body = hasBodyWord(text.substring(part[0], part[1]));
            if (bodies.isEmpty() || (body && startsABody(text.substring(part[0], part[1])))) {
                bodies.add(part);
            } else {
                bodies.get(bodies.size() - 1)[1] = part[1];
            }
        }
        return bodies.stream().filter(b -> hasBodyWord(text.substring(b[0], b[1]))).map(b -> trim(text, b)).toList();
    }

    /** A part starts a body of its own unless it reads as the rest of one ("Trade and Industry"). */
    private static boolean startsABody(String part) {
        return !part.matches("(?i)^(?:of|for|de|del)\\b.*");
    }

    private static boolean hasBodyWord(String words) {
        Matcher w = WORD.matcher(words);
        while (w.find()) {
            if (BODY_WORDS.contains(w.group().toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.group().codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static int[] trim(String text, int[] body) {
        int start = body[0];
        Matcher article = Pattern.compile("^(?:the|The|el|El|la|La|los|Los|las|Las)\\s+").matcher(text.substring(start, body[1]));
        if (article.find()) {
            start += article.end();
        }
        return new int[] {start, body[1]};
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
