package org.roadmap.commitments.roadmap.suggestion;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roadmap.commitments.commitment.Suggestions.Suggestion;

/**
 * A title that reads as one, from an item's opening words: the leading verbs dropped ("Promote
 * dialogue between …" → "Dialogue between …"), a clause between a verb and its object skipped
 * ("Establish, by the end of 2026, a joint fund" → "Joint fund …"), cut where the purpose or the
 * means begin (", in order to", " with the aim", " through", "con el fin de") but never to fewer than
 * three words, at most 80 characters; bodies the text names with an acronym written as the acronym
 * ("Dialogue between MIC and MTC"). A table-like item's first cell is its title.
 */
final class Titles {

    static final int MAX_LENGTH = 80;
    private static final int MIN_WORDS = 3;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final String VERBS = "reinforce|hold|encourage|promote|establish|commemorate|develop|nurture|enhance"
            + "|enhancing|strengthen|review|explore|facilitate|implement|foster|support|complete|conduct|create"
            + "|launch|organi[sz]e|prepare|submit|sign|adopt|continue|expand|increase|consider|deepen|carry out|set up"
            + "|undertake|pursue|advance|improve|identify|design|finali[sz]e|convene|build|share|accelerate|maintain"
            + "|consolidate|intensify|boost|seek|revitali[sz]e|re-vitali[sz]e|evaluate|assess|study|publish|update"
            + "|coordinate|hold regular|conclude|negotiate|initiate|start|begin|work together|cooperate|collaborate"
            + "|promover|fortalecer|establecer|impulsar|realizar|celebrar|fomentar|desarrollar|elaborar|suscribir"
            + "|crear|implementar|ejecutar|intercambiar|explorar|facilitar|apoyar|incentivar|consolidar|organizar"
            + "|llevar a cabo|continuar|profundizar|identificar|diseñar|concluir|completar|presentar|preparar|evaluar"
            + "|revisar|mantener|conformar|instalar|convocar|reforzar|ampliar|coordinar|cooperar|colaborar|trabajar"
            + "|trabajar conjuntamente|avanzar|analizar|negociar|iniciar|estimular|propiciar|sostener|intensificar";
    /** Leading verbs, chained ("Encourage and strengthen", "Work together to strengthen", "Cooperate in implementing"). */
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:(?:" + VERBS + ")(?:\\s+(?:together|jointly"
            + "|conjuntamente))?(?:\\s+(?:and|y|e|or|o)\\s+|\\s+(?:to|in|on|a|en|para)\\s+(?=(?:" + VERBS
            + ")\\b|\\p{L}+ing\\b)|\\s+|(?=\\s*,)))+", FLAGS);
    /** An opening adverbial before the verb: "Through the exchange of information, promote …". */
    private static final Pattern OPENING = Pattern.compile("^(?:through|in|within|with|under|by|mediante|a través de|"
            + "en|con|bajo|dentro de)\\b[^,]{3,80},\\s*", FLAGS);
    /** "Celebrar cada dos años un encuentro …": how often is the cadence's, not the title's. */
    private static final Pattern OFTEN = Pattern.compile("^(?:cada\\s+\\p{L}+\\s+años?|cada\\s+año|every\\s+\\p{L}+"
            + "\\s+years?|every\\s+year|annually|anualmente|regularly|periodically|periódicamente|regularmente)"
            + "\\s*,?\\s*", FLAGS);
    /** Where a long title's parties begin: "… between NRCan and the Ministry of Mining of Chile". */
    private static final Pattern BETWEEN = Pattern.compile("\\s(?:between|among|with|entre|con)\\s", FLAGS);
    /** Where a phrase begins, to end a shortened title before it. */
    private static final Pattern PHRASE = Pattern.compile("\\s(?:of|for|on|in|at|and|with|to|de|del|para|en|y|con)\\s",
            FLAGS);
    private static final Pattern ARTICLES = Pattern.compile("\\b(?:the|a|an|el|la|los|las)\\b", FLAGS);
    private static final Pattern ARTICLE = Pattern.compile("^(?:a|an|the|el|la|los|las|un|una|unos|unas)\\s+", FLAGS);
    private static final Pattern BOUND = Pattern.compile("[,;:]|\\((?!\\p{Lu}{2,}\\))|\\.(?:\\s|$)|(?<!related|relating|regard|according"
            + "|due|contribute|contributing)\\s(?:in order to|so as to|with the aim"
            + "|with the objective|with the goal|with the purpose|aimed at|aiming|to|through|by|which|who|that|including"
            + "|every|at the level|cada|a nivel|within"
            + "|such as|within the framework|in accordance|based on|in the light of|in light of|as well as|among other"
            + "|con el objetivo|con el objeto|con el fin|con la finalidad|a fin de|para|mediante|a través de|que|incluyendo"
            + "|en el marco|de conformidad|así como|entre otr[oa]s)\\b", FLAGS);
    private static final Pattern TRAILING = Pattern.compile("(?:\\s+(?:and|or|of|the|a|an|in|on|for|to|with|between"
            + "|among|at|by|from|de|del|la|el|los|las|y|e|o|en|para|con|entre|a|al|su|sus|its|their|both|ambos)"
            + "|[\\s,;:.-])+$", FLAGS);
    private static final Pattern CELL = Pattern.compile("^(?:(?:action|activity|commitment|measure|acción|actividad"
            + "|compromiso|medida)\\s*:\\s*)?([^|:]{3,120}?)\\s*\\|", FLAGS);
    /** Where the purpose begins: a title of two words before it reads ("Inter-agency dialogue"). */
    private static final Pattern PURPOSE = Pattern.compile("\\s(?:in order to|so as to|to|with the aim|with the objective"
            + "|aimed at|con el objetivo|con el fin|a fin de|para|within the framework|in accordance|based on"
            + "|en el marco|de conformidad)", FLAGS);
    /** Who will do what: the subject, a modal, then the verb ("Germany and Viet Nam intend to expand …"). */
    private static final Pattern DECLARED = Pattern.compile("^[^.;]{2,150}?\\s(?:will|shall|intends?\\s+to|agrees?\\s+to"
            + "|are\\s+to|is\\s+to|seeks?\\s+to|se\\s+comprometen?\\s+a|acuerdan|deberán|podrán)\\s+(?:(?:continue|jointly"
            + "|also|further|seguir|continuar)\\s+(?:to\\s+)?)*\\p{L}+\\s+", FLAGS);
    private static final Pattern PREPOSITION = Pattern.compile("^(?:on|in|with|to|en|con|sobre)\\s+", FLAGS);
    /** Where what an item is about begins: its purpose ("to promote the …") or topic ("in matters related to …"). */
    private static final Pattern TOPIC = Pattern.compile("(?<!related|relating|regard|according|due)\\s(?:(?:in order"
            + "|so as)\\s+)?(?:to|para|a fin de)\\s+(?:\\p{L}+ly\\s+)?\\p{L}+(?:(?:,\\s*|\\s+(?:and|or|y|e|o)\\s+)\\p{L}+)*\\s+"
            + "|\\s(?:in matters related to|in matters relating to|related to|concerning|regarding|focused on|focusing on"
            + "|in the fields? of|relativ[oa]s? a|en materia de|sobre)\\s+", FLAGS);
    /** "cooperation in the management of …": the topic, after words that say only that there is cooperation. */
    private static final Pattern GENERIC_LEAD = Pattern.compile("^(?:cooperation|dialogue|cooperación|diálogo)\\s+"
            + "(?:in|on|en|sobre)\\s+", FLAGS);
    private static final java.util.Set<String> GENERIC = java.util.Set.of("dialogue", "dialogues", "cooperation",
            "exchange", "exchanges", "diálogo", "diálogos", "cooperación", "intercambio", "intercambios", "and", "y", "e",
            "between", "among", "entre", "both", "countries", "nations", "ambos", "países", "relevant", "actors",
            "entities", "authorities", "the", "of", "de", "del", "la", "las", "los", "el", "bilateral", "mutual",
            "possibilities", "ways", "efforts", "sides", "two", "parties", "partes", "posibilidades", "autoridades",
            "entidades", "actores", "pertinentes", "inter", "agency", "interagency");
    /** "Submit to the Joint Commission, within six months, a work plan": whom to, before the object. */
    private static final Pattern RECIPIENT = Pattern.compile("^(?:to|with|before|ante|al|a la)\\s+[^,]{2,60}(?=,)", FLAGS);
    /** A clause between commas; a comma before a year is a date's ("by June 30, 2027,"). */
    private static final Pattern INSERTION = Pattern.compile("^\\s*,((?:[^,]|,(?=\\s*\\d{4}\\b)){2,90}?),(?!\\s*\\d{4}\\b)\\s*");
    private static final Pattern SENTENCE = Pattern.compile("[.;](?:\\s+\\p{Lu}|\\s*$)|:\\s");

    private Titles() {
    }

    /** An acronym to write for the words of the text between {@code start} and {@code end}. */
    record Abbreviation(int start, int end, String acronym) {
    }

    static Suggestion of(String text, List<Abbreviation> abbreviations) {
        Matcher cell = CELL.matcher(text);
        if (cell.find()) {
            String title = capitalised(cell.group(1).strip());
            return new Suggestion(shortened(title), cell.group(1).strip(), 0.8, "label");
        }
        int from = 0;
        Matcher opening = OPENING.matcher(text);
        if (opening.find() && LEADING_VERB.matcher(text.substring(opening.end())).find()) {
            from = opening.end();
        }
        Matcher verb = LEADING_VERB.matcher(text.substring(from));
        if (verb.find()) {
            from += verb.end();
        } else {
            from = afterDeclaredAction(text, from);
        }
        from = skipInsertion(text, from);
        Matcher often = OFTEN.matcher(text.substring(from));
        if (often.find()) {
            from += often.end();
        }
        Matcher article = ARTICLE.matcher(text.substring(from));
        if (article.find()) {
            from += article.end();
        }
        from = topicOfGenericHead(text, from, abbreviations);
        int sentenceEnd = sentenceEnd(text, from);
        int cut = cut(text, from, sentenceEnd, abbreviations);
        boolean natural = cut < sentenceEnd || sentenceEnd - from <= MAX_LENGTH;
        String words = text.substring(from, cut);
        String title = abbreviated(text, from, cut, abbreviations);
        if (title.length() > MAX_LENGTH) {
            Matcher parties = BETWEEN.matcher(title);
            if (parties.find() && words(title.substring(0, parties.start())) >= MIN_WORDS
                    && parties.start() <= MAX_LENGTH && !generic(title.substring(0, parties.start()))) {
                title = shortened(title.substring(0, parties.start()));
            } else {
                title = shortened(title);
                natural = false;
            }
        }
        title = capitalised(TRAILING.matcher(title).replaceAll(""));
        if (title.isBlank()) {
            title = capitalised(shortened(text.strip()));
        }
        return new Suggestion(title, words.strip(), natural ? 0.6 : 0.4, "text");
    }

    /**
     * "Strengthen cooperation and dialogue between both countries to promote the protection of the Amazon
     * region": where the words before the purpose or the topic say only that there will be dialogue or
     * cooperation, the title is what it is about ("Protection of the Amazon region").
     */
    private static int topicOfGenericHead(String text, int from, List<Abbreviation> abbreviations) {
        Matcher marker = TOPIC.matcher(text).region(from, sentenceEnd(text, from));
        if (!marker.find() || !generic(abbreviated(text, from, marker.start(), abbreviations))) {
            return from;
        }
        int at = marker.end();
        for (Pattern skipped : List.of(ARTICLE, GENERIC_LEAD, ARTICLE)) {
            Matcher m = skipped.matcher(text.substring(at));
            if (m.find()) {
                at += m.end();
            }
        }
        return at < text.length() ? at : from;
    }

    private static boolean generic(String head) {
        String[] words = head.strip().split("[^\\p{L}]+");
        return words.length > 0 && !head.isBlank() && java.util.Arrays.stream(words).allMatch(w -> w.isEmpty()
                || GENERIC.contains(w.toLowerCase(Locale.ROOT)) && !w.matches("\\p{Lu}{2,}"));
    }

    /**
     * "The KfW Development Bank will continue to finance urban water projects": where an item says who will
     * do what rather than bidding it, the title is what will be done ("Urban water projects").
     */
    private static int afterDeclaredAction(String text, int from) {
        Matcher declared = DECLARED.matcher(text.substring(from));
        if (!declared.find()) {
            return from;
        }
        int at = from + declared.end();
        Matcher preposition = PREPOSITION.matcher(text.substring(at));
        return preposition.find() ? at + preposition.end() : at;
    }

    /** "Establish, by the end of 2026, a joint fund": after the verb, a clause between commas is not the object. */
    private static int skipInsertion(String text, int from) {
        if (from == 0) {
            return from;
        }
        Matcher recipient = RECIPIENT.matcher(text.substring(from));
        int afterRecipient = recipient.find() ? from + recipient.end() : from;
        int skipped = afterRecipient;
        for (int i = 0; i < 2; i++) {
            Matcher insertion = INSERTION.matcher(text.substring(skipped));
            if (!insertion.find()) {
                break;
            }
            skipped += insertion.end();
        }
        return skipped > afterRecipient ? skipped : from;
    }

    private static int sentenceEnd(String text, int from) {
        Matcher end = SENTENCE.matcher(text);
        return end.find(from) ? end.start() : text.length();
    }

    /** The first bound after at least three words, not inside a named body. */
    private static int cut(String text, int from, int sentenceEnd, List<Abbreviation> abbreviations) {
        Matcher bound = BOUND.matcher(text).region(from, sentenceEnd);
        while (bound.find()) {
            int at = bound.start();
            boolean inBody = abbreviations.stream().anyMatch(a -> a.start() <= at && at < a.end());
            int least = PURPOSE.matcher(bound.group()).matches() ? 2 : MIN_WORDS;
            if (!inBody && words(abbreviated(text, from, at, abbreviations)) >= least) {
                return at;
            }
        }
        return sentenceEnd;
    }

    private static String abbreviated(String text, int from, int to, List<Abbreviation> abbreviations) {
        StringBuilder title = new StringBuilder();
        int at = from;
        for (Abbreviation a : abbreviations.stream().sorted(java.util.Comparator.comparingInt(Abbreviation::start)).toList()) {
            if (a.start() >= at && a.end() <= to) {
                title.append(text, at, a.start()).append(a.acronym());
                at = a.end();
            }
        }
        title.append(text, at, to);
        return ARTICLE_BEFORE_ACRONYM.matcher(title.toString().replaceAll("\\s+", " ").strip()).replaceAll("$1");
    }

    private static final Pattern ARTICLE_BEFORE_ACRONYM = Pattern.compile("\\b(?:the|el|la)\\s+(\\p{Lu}{2,}\\b)");

    /** At most 80 characters, ending before the phrase the limit would cut ("… for the modernization of public"). */
    private static String shortened(String title) {
        if (title.length() <= MAX_LENGTH) {
            return title;
        }
        int space = title.lastIndexOf(' ', MAX_LENGTH);
        String cut = TRAILING.matcher(title.substring(0, space > 20 ? space : MAX_LENGTH)).replaceAll("");
        Matcher phrase = PHRASE.matcher(cut);
        int last = -1;
        while (phrase.find()) {
            last = phrase.start();
        }
        if (last > 0 && words(cut.substring(0, last)) >= 4
                && words(ARTICLES.matcher(cut.substring(last)).replaceAll(" ")) <= 2) {
            cut = cut.substring(0, last);
        }
        return TRAILING.matcher(cut).replaceAll("");
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static String capitalised(String title) {
        if (title.isEmpty()) {
            return title;
        }
        return title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
    }
}
