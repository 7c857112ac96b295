package org.roadmap.commitments.roadmap.suggestion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roadmap.commitments.commitment.Suggestions.SuggestedSeries;
import org.roadmap.commitments.commitment.Suggestions.Suggestion;
import org.roadmap.commitments.roadmap.suggestion.Countries.Country;

/**
 * How often an item recurs and where its meetings are held, in English or Spanish: the cadence
 * ("biennial", "cada dos años", "regular", "at mutually consented times"), the venue rule
 * ("will alternate between both countries", "organized by the Embassy of Peru in Japan") and the
 * meeting series a recurring meeting implies.
 */
final class Rhythms {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BIENNIAL = word("biennial(?:ly)?|every two years|every other year|bienal(?:es)?"
            + "|cada dos años");
    private static final Pattern ANNUAL = word("annual(?:ly)?|every year|once a year|yearly|each year|anual(?:es|mente)?"
            + "|cada año|una vez al año");
    private static final Pattern PERIODIC = word("periodic(?:al|ally)?|regular(?:ly)?|twice a year|semi-annual(?:ly)?"
            + "|every six months|quarterly|triennial|every three years|at mutually (?:agreed|consented|convenient) (?:times"
            + "|dates)|peri[oó]dic(?:[oa]s?|amente)|regular(?:es|mente)|semestral(?:es|mente)?|bianual(?:es)?"
            + "|trimestral(?:es)?|cada seis meses|dos veces al año|en fechas mutuamente (?:acordadas|convenidas)");
    private static final Pattern ONE_OFF = word("one-off|one off|establish|establishment of|set up|create"
            + "|adopt|conclude|launch|por única vez|única vez|establecer|establecimiento de|crear|creación de|suscribir"
            + "|adoptar|concluir|constituir|conformar");
    /** Verbs of an item done once when it has a deadline ("Review … within one year", "Presentar, dentro de un año"). */
    private static final Pattern COMPLETED = Pattern.compile("^(?:review|complete|submit|sign|prepare|draft|present"
            + "|elaborate|finali[sz]e|publish|deliver|conduct|carry out|hold|organi[sz]e|presentar|elaborar|completar"
            + "|firmar|preparar|entregar|publicar|revisar|realizar|finalizar|concluir)\\b", FLAGS);
    private static final Pattern ALTERNATING = word("alternat(?:e|es|ed|ing|ely)|in turn|rotat(?:e|es|ing|ion)"
            + "|alternad[oa]s?|alternadamente|alternándose|alternará|de manera alterna(?:da)?|de forma alterna(?:da)?"
            + "|en forma alterna(?:da)?");
    private static final Pattern HELD_IN = Pattern.compile("\\b(?:held|hosted|convened|takes? place|meets?|will meet"
            + "|organi[sz]ed by the Embassy of \\p{L}+|se (?:celebrará|realizará|llevará a cabo|reunirá)|tendrá lugar"
            + "|sesionará|con sede|organizad[oa] por la Embajada de(?:l)? \\p{L}+)(?:\\s+\\p{Ll}+){0,3}?\\s+(?:in|en)\\s+"
            + "(?:the\\s+)?(\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?)", Pattern.UNICODE_CASE);
    private static final Pattern MEETING = word("meetings?|dialogues?|sub ?committees?|committees?|commissions?"
            + "|working groups?|consultations?|mechanisms?|exchanges|forums?|councils?|conferences?|sessions?|talks"
            + "|reuni[oó]n(?:es)?|di[aá]logos?|comit[eé]s?|subcomit[eé]s?|comisi[oó]n(?:es)?|grupos? de trabajo"
            + "|consultas|mecanismos?|foros?|consejos?|encuentros?|gabinete binacional|sesi[oó]n(?:es)?|intercambios"
            + "|workshops?|seminars?|symposi(?:um|a)|talleres?|seminarios?|simposios?|consultation");
    private static final Pattern MEETING_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|on|for|and|de|del|y|"
            + "sobre|en)\\s+)?){0,6}(?:Mechanism|Sub ?[Cc]ommittee|Committee|Commission|Working Group|Council|Forum"
            + "|Dialogue|Consultations?|Meeting|Mecanismo|Subcomit[eé]|Comit[eé]|Comisi[oó]n|Grupo de Trabajo|Consejo|Foro"
            + "|Di[aá]logo|Gabinete Binacional)(?:\\s+(?:(?:on|of|for|and|de|sobre|del|y)\\s+)?\\p{Lu}[\\p{L}'’-]*)*",
            Pattern.UNICODE_CASE);

    private static final Pattern HOSTED_BY = Pattern.compile("\\b(?:hosted|organi[sz]ed|convened|organizad[oa]s?"
            + "|convocad[oa]s?|auspiciad[oa]s?)\\s+(?:by|por)\\s+(?:the\\s+|el\\s+|la\\s+)?$", FLAGS);
    /** Where the first sentence ends: a named meeting after it is another's ("reviewed within the … Mechanism"). */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("\\.(?:\\s+\\p{Lu}|\\s*$)");
    private static final Pattern TITLE_BOUND = Pattern.compile("\\s(?:between|among|entre|with|con)\\s.*$", FLAGS);
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "on", "the", "and", "in", "for", "a",
            "an", "to", "de", "del", "la", "el", "y", "en", "para", "los", "las", "sobre", "un", "una", "this", "that",
            "these", "its", "their");

    /** How often is the cadence's, not the series' name: the same series may meet more often one day. */
    private static final Pattern CADENCE_WORDS = word("annual(?:ly)?|biennial(?:ly)?|periodic(?:al)?|regular|yearly"
            + "|anual(?:es)?|bienal(?:es)?|peri[oó]dic[oa]s?");
    private static final Pattern BETWEEN_BODIES = Pattern.compile("^(.+?)\\s+(?:between|entre)\\s+(\\p{Lu}{2,}\\S*)"
            + "\\s+(?:and|y|e)\\s+(\\p{Lu}{2,}\\S*)$");
    private static final Pattern HEAD_TOPIC = Pattern.compile("^((?:\\S+\\s+){0,2}?(?:meetings?|forums?|workshops?"
            + "|seminars?|dialogues?|consultations?|conferences?|committees?|commissions?|exchanges|talks))\\s+"
            + "(?:on|of|in|for)\\s+(?:the\\s+)?(.+)$", FLAGS);

    private Rhythms() {
    }

    private static String withoutCadence(String words) {
        return CADENCE_WORDS.matcher(words).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /**
     * A title's words that say what the meeting is, topic first, for a series id: "Biennial forum on Antarctic
     * science" → antarctic-science-forum, "Annual dialogue between MLIT and MVCS" → mlit-mvcs-dialogue.
     */
    static String titleWords(String title) {
        String words = withoutCadence(title);
        Matcher between = BETWEEN_BODIES.matcher(words);
        if (between.matches()) {
            words = between.group(2) + " " + between.group(3) + " " + between.group(1);
        } else {
            words = TITLE_BOUND.matcher(words).replaceAll("");
            Matcher topic = HEAD_TOPIC.matcher(words);
            if (topic.matches()) {
                words = topic.group(2) + " " + topic.group(1);
            }
        }
        return java.util.Arrays.stream(words.split("\\s+"))
                .filter(w -> !SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))).limit(5)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    static Suggestion cadence(String text, boolean hasDeadline) {
        for (Object[] rule : new Object[][] {{BIENNIAL, "biennial", 0.9}, {ANNUAL, "annual", 0.9},
                {PERIODIC, "periodic", 0.75}}) {
            Matcher m = ((Pattern) rule[0]).matcher(text);
            if (m.find()) {
                return new Suggestion((String) rule[1], m.group(), (double) rule[2], "text");
            }
        }
        Matcher once = ONE_OFF.matcher(text);
        if (once.find()) {
            return new Suggestion("one-off", once.group(), 0.6, "text");
        }
        Matcher completed = COMPLETED.matcher(text.strip());
        if (hasDeadline && completed.find()) {
            return new Suggestion("one-off", completed.group(), 0.55, "text");
        }
        return new Suggestion("ongoing", null, 0.5, "default");
    }

    static boolean recurring(Suggestion cadence) {
        return List.of("annual", "biennial", "periodic").contains(cadence.value());
    }

    /** The meeting series a recurring item implies, with its venue rule; empty where it implies no meetings. */
    static Optional<SuggestedSeries> series(String text, Suggestion cadence, String title, List<Country> parties,
            List<NamedBodies.Named> bodies) {
        Matcher meeting = MEETING.matcher(text);
        if (!recurring(cadence) || !meeting.find()) {
            return Optional.empty();
        }
        Matcher sentence = FIRST_SENTENCE.matcher(text);
        Matcher named = MEETING_NAME.matcher(text).region(0, sentence.find() ? sentence.start() : text.length());
        String name = null;
        while (name == null && named.find()) {
            int start = named.start();
            int end = named.end();
            boolean aBody = bodies.stream().anyMatch(b -> b.entity().country() != null && b.start() < end && start < b.end());
            name = aBody ? null : named.group().strip();
        }
        String id = name != null ? slug(withoutCadence(withoutParties(name, parties))) : slug(titleWords(title));
        String venue = null;
        List<String> hosts = new ArrayList<>();
        String evidence = meeting.group();
        Matcher alternating = ALTERNATING.matcher(text);
        Matcher held = HELD_IN.matcher(text);
        if (alternating.find()) {
            venue = "alternating";
            parties.forEach(p -> hosts.add(p.capital()));
            evidence = alternating.group();
        } else if (held.find() && place(held.group(1), parties).isPresent()) {
            venue = "fixed";
            hosts.add(place(held.group(1), parties).get().capital());
            evidence = held.group();
        } else {
            Optional<NamedBodies.Named> host = bodies.stream().filter(b -> b.entity().country() != null)
                    .filter(b -> HOSTED_BY.matcher(text.substring(Math.max(0, b.start() - 30), b.start())).find())
                    .findFirst();
            Optional<Country> country = host.flatMap(h -> parties.stream()
                    .filter(p -> p.code().equals(h.entity().country())).findFirst());
            if (country.isPresent()) {
                venue = "fixed";
                hosts.add(country.get().capital());
                evidence = text.substring(Math.max(0, host.get().start() - 30), host.get().end())
                        .replaceFirst("^.*?(?=\\b(?:hosted|organi[sz]ed|convened|organizad|convocad|auspiciad))", "");
            }
        }
        return Optional.of(new SuggestedSeries(id, name != null ? name : title, cadence.value(), venue, hosts, evidence,
                name != null ? 0.7 : 0.55));
    }

    /** The party a place is, or is the capital of. */
    private static Optional<Country> place(String words, List<Country> parties) {
        String place = words.replaceAll("[.,]+$", "");
        return parties.stream().filter(p -> p.capital().equalsIgnoreCase(place)
                || p.names().stream().anyMatch(n -> n.equalsIgnoreCase(place))).findFirst();
    }

    private static String withoutParties(String name, List<Country> parties) {
        String without = name;
        for (Country p : parties) {
            for (String n : p.names()) {
                without = Countries.wordPattern(n).matcher(without).replaceAll(" ");
            }
        }
        return without.replaceAll("^[\\s-]+", "");
    }

    static String slug(String words) {
        String plain = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() <= 50) {
            return slug;
        }
        String cut = slug.substring(0, 50);
        return cut.substring(0, Math.max(cut.lastIndexOf('-'), 10)).replaceAll("-$", "");
    }

    private static Pattern word(String alternatives) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])", FLAGS);
    }
}
