package org.roadmap.commitments.roadmap.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies a text shows to be one by its wording, gazetteer or not: runs of capitalised words (with
 * lower-case connectors such as "of", "and", "de") holding a word such as Ministry, Agency, Bank or
 * Secretaría, split where "and" or a comma begins another ("Japan Sports Agency and the Peruvian
 * Sports Institute").
 */
final class WordedBodies {

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

    private WordedBodies() {
    }

    /** Spans of capitalised words, with lower-case connectors between them, and ", " inside. */
    static List<int[]> runs(String text) {
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
    static List<int[]> bodies(String text, int[] run) {
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
}
