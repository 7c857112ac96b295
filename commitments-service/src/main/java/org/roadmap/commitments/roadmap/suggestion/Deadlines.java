package org.roadmap.commitments.roadmap.suggestion;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roadmap.commitments.commitment.Suggestions.Suggestion;

/**
 * Deadlines an item's text sets, in English or Spanish: absolute dates ("by June 30, 2027", "30 de
 * junio de 2027", "no later than 30/06/2027"), the end of a year, half, quarter or month ("by the end
 * of 2026", "a más tardar a fines de 2026", "by March 2027"), and periods counted from the signing
 * date ("within one year", "en un plazo de seis meses"). A date alone ("signed in 2023", "to be held
 * in Lima in 2027") is an event, not a deadline: an absolute date counts only after words that make
 * it one ("by", "no later than", "antes del", a {@code Deadline:} cell). Where an item sets several,
 * the latest is the commitment's.
 */
final class Deadlines {

    private static final String EN_MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december";
    private static final String ES_MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
            + "|octubre|noviembre|diciembre";
    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, Integer> NUMBERS = numbers();
    private static final String NUMBER = "(\\d{1,3}|" + String.join("|", NUMBERS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Words after which a date is due, not an event: ending right before the date. */
    private static final Pattern CUE = Pattern.compile("(?:\\b(?:by|no later than|not later than|on or before|before"
            + "|until|due(?: on| by)?|deadline(?: of)?|completed? by|a más tardar(?: el| en| a)?|antes del?|hasta el"
            + "|para el|para|no más allá del?|al)|(?:deadline|timeline|target date|due date|plazo|fecha límite)\\s*:)"
            + "\\s*(?:the\\s+|el\\s+|la\\s+)?$", FLAGS);
    /** A cell of a table-like item that holds its deadline, e.g. {@code Deadline: 31/12/2026}. */
    private static final Pattern LABEL = Pattern.compile("(?:deadline|timeline|target date|due date|plazo|fecha límite)"
            + "\\s*:\\s*(?:by\\s+|a más tardar\\s+(?:el\\s+)?|antes del?\\s+)?(?:the\\s+|el\\s+)?$", FLAGS);

    private record Form(Pattern pattern, Function<Matcher, LocalDate> date, boolean needsCue, double confidence) {
    }

    private static final List<Form> FORMS = List.of(
            form("(" + EN_MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", true, 0.9,
                    m -> date(m.group(3), MONTHS.get(lower(m.group(1))), m.group(2))),
            form("(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + EN_MONTHS + "),?\\s+(\\d{4})", true, 0.9,
                    m -> date(m.group(3), MONTHS.get(lower(m.group(2))), m.group(1))),
            form("(\\d{1,2})\\s+de\\s+(" + ES_MONTHS + ")\\s+(?:de|del)\\s+(\\d{4})", true, 0.9,
                    m -> date(m.group(3), MONTHS.get(lower(m.group(2))), m.group(1))),
            form("(\\d{4})-(\\d{2})-(\\d{2})", true, 0.9,
                    m -> date(m.group(1), Integer.parseInt(m.group(2)), m.group(3))),
            form("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})", true, 0.75, Deadlines::dayMonthYear),
            form("(?:the\\s+)?end\\s+of\\s+(" + EN_MONTHS + "),?\\s+(\\d{4})", false, 0.85,
                    m -> endOfMonth(m.group(2), MONTHS.get(lower(m.group(1))))),
            form("(?:fines|finales|fin)\\s+de\\s+(" + ES_MONTHS + ")\\s+(?:de|del)\\s+(\\d{4})", false, 0.85,
                    m -> endOfMonth(m.group(2), MONTHS.get(lower(m.group(1))))),
            form("(?:the\\s+)?end\\s+of\\s+(?:the\\s+(?:calendar\\s+|fiscal\\s+)?year\\s+)?(\\d{4})|end-(\\d{4})"
                    + "|year-end\\s+(\\d{4})", false, 0.85, m -> endOfMonth(firstOf(m), 12)),
            form("(?:fines|finales|fin|el\\s+cierre)\\s+(?:del?\\s+)?(?:año\\s+)?(\\d{4})", false, 0.85,
                    m -> endOfMonth(m.group(1), 12)),
            form("(?:the\\s+)?(first|second|1st|2nd)\\s+half\\s+of\\s+(\\d{4})|(?:el\\s+)?(primer|segundo)\\s+semestre"
                    + "\\s+(?:de|del)\\s+(\\d{4})", true, 0.8, Deadlines::half),
            form("(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+of\\s+(\\d{4})|q([1-4])\\s+(\\d{4})"
                    + "|(?:el\\s+)?(primer|segundo|tercer|cuarto)\\s+trimestre\\s+(?:de|del)\\s+(\\d{4})", true, 0.8,
                    Deadlines::quarter),
            form("(" + EN_MONTHS + "),?\\s+(\\d{4})", true, 0.8,
                    m -> endOfMonth(m.group(2), MONTHS.get(lower(m.group(1))))),
            form("(?:en\\s+)?(" + ES_MONTHS + ")\\s+(?:de|del)\\s+(\\d{4})", true, 0.8,
                    m -> endOfMonth(m.group(2), MONTHS.get(lower(m.group(1))))),
            form("(?:(?:the\\s+)?year\\s+|el\\s+año\\s+)?((?:19|20)\\d{2})\\b(?![-/.]\\d)", true, 0.5,
                    m -> endOfMonth(m.group(1), 12)));

    private static final Pattern WITHIN = Pattern.compile("\\b(?:within|no later than|not later than)\\s+"
            + "(?:a\\s+period\\s+of\\s+|the\\s+(?:first|next)\\s+)?" + NUMBER + "[\\s-]+(year|month|week|day)s?"
            + "(?:\\s+(?:of|from|after|following)\\s+(?:the\\s+)?(?:date\\s+of\\s+)?(?:its\\s+|this\\s+)?"
            + "(?:signing|signature|adoption|entry into force)(?:\\s+of\\s+th(?:is|e)\\s+(?:road\\s*map|(?:joint\\s+)?action\\s+plan"
            + "|work\\s+plan|document|plan|agreement|memorandum))?)?", FLAGS);
    private static final Pattern DENTRO = Pattern.compile("\\b(?:dentro\\s+(?:de\\s+)?(?:del\\s+plazo\\s+de\\s+)?"
            + "|en\\s+un\\s+plazo\\s+(?:no\\s+mayor\\s+(?:a|de)\\s+|máximo\\s+de\\s+|de\\s+)|en\\s+los\\s+próximos\\s+"
            + "|a\\s+más\\s+tardar\\s+(?:a\\s+los|en)\\s+)(?:los\\s+|las\\s+)?" + NUMBER
            + "\\s+(años?|mes(?:es)?|semanas?|días?)(?:\\s+(?:a\\s+partir\\s+de|contados?\\s+desde|después\\s+de"
            + "|desde)\\s+(?:la\\s+)?(?:fecha\\s+de\\s+)?(?:su\\s+)?(?:firma|suscripción|adopción|entrada\\s+en\\s+vigor)"
            + "(?:\\s+de\\s+(?:la\\s+presente|esta)\\s+(?:hoja\\s+de\\s+ruta|plan\\s+de\\s+acción))?)?", FLAGS);

    private Deadlines() {
    }

    private record Found(LocalDate date, int start, int end, double confidence) {
    }

    /** The deadline {@code text} sets, counted from {@code signedOn} where it sets a period; null where it sets none. */
    static Suggestion in(String text, LocalDate signedOn) {
        List<Found> found = new ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(text);
            while (m.find()) {
                LocalDate date = safely(form.date(), m);
                if (date == null) {
                    continue;
                }
                String before = text.substring(Math.max(0, m.start() - 60), m.start());
                Matcher cue = CUE.matcher(before);
                boolean cued = cue.find();
                if (form.needsCue() && !cued) {
                    continue;
                }
                int start = cued ? m.start() - (before.length() - cue.start()) : m.start();
                double confidence = cued || form.needsCue() ? form.confidence() : form.confidence() - 0.25;
                if (LABEL.matcher(before).find()) {
                    confidence = Math.max(confidence, 0.85);
                }
                found.add(new Found(date, start, m.end(), confidence));
            }
        }
        if (signedOn != null) {
            relative(WITHIN.matcher(text), signedOn, found);
            relative(DENTRO.matcher(text), signedOn, found);
        }
        List<Found> outermost = found.stream().filter(f -> found.stream().noneMatch(o -> o != f
                && o.start() <= f.start() && o.end() >= f.end() && (o.end() - o.start()) > (f.end() - f.start())))
                .toList();
        return outermost.stream().max(Comparator.comparing(Found::date).thenComparingDouble(Found::confidence))
                .map(f -> new Suggestion(f.date().toString(), text.substring(f.start(), f.end()).strip(),
                        outermost.stream().map(Found::date).distinct().count() > 1 ? f.confidence() * 0.85
                                : f.confidence(),
                        LABEL.matcher(text.substring(Math.max(0, f.start() - 30), f.start())).find() ? "label" : "text"))
                .orElse(null);
    }

    private static void relative(Matcher m, LocalDate signedOn, List<Found> found) {
        while (m.find()) {
            int amount = amount(m.group(1));
            String unit = lower(m.group(2));
            LocalDate date = unit.startsWith("y") || unit.startsWith("a") ? signedOn.plusYears(amount)
                    : unit.startsWith("mo") || unit.startsWith("me") ? signedOn.plusMonths(amount)
                    : unit.startsWith("w") || unit.startsWith("s") ? signedOn.plusWeeks(amount)
                    : signedOn.plusDays(amount);
            found.add(new Found(date, m.start(), m.end(), 0.9));
        }
    }

    private static Form form(String regex, boolean needsCue, double confidence, Function<Matcher, LocalDate> date) {
        return new Form(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])", FLAGS), date,
                needsCue, confidence);
    }

    private static LocalDate safely(Function<Matcher, LocalDate> date, Matcher m) {
        try {
            return date.apply(m);
        } catch (RuntimeException notADate) {
            return null;
        }
    }

    private static LocalDate date(String year, int month, String day) {
        return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    }

    private static LocalDate endOfMonth(String year, int month) {
        return YearMonth.of(Integer.parseInt(year), month).atEndOfMonth();
    }

    /** {@code 30/06/2027}: day first, as both languages write it, unless the second number cannot be a month. */
    private static LocalDate dayMonthYear(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        return second > 12 ? LocalDate.of(Integer.parseInt(m.group(3)), first, second)
                : LocalDate.of(Integer.parseInt(m.group(3)), second, first);
    }

    private static LocalDate half(Matcher m) {
        String which = lower(m.group(1) != null ? m.group(1) : m.group(3));
        String year = m.group(2) != null ? m.group(2) : m.group(4);
        return endOfMonth(year, which.startsWith("f") || which.startsWith("1") || which.startsWith("p") ? 6 : 12);
    }

    private static LocalDate quarter(Matcher m) {
        int quarter;
        String year;
        if (m.group(1) != null) {
            quarter = List.of("first", "second", "third", "fourth").indexOf(lower(m.group(1))) + 1;
            quarter = quarter == 0 ? Integer.parseInt(m.group(1).substring(0, 1)) : quarter;
            year = m.group(2);
        } else if (m.group(3) != null) {
            quarter = Integer.parseInt(m.group(3));
            year = m.group(4);
        } else {
            quarter = List.of("primer", "segundo", "tercer", "cuarto").indexOf(lower(m.group(5))) + 1;
            year = m.group(6);
        }
        return endOfMonth(year, quarter * 3);
    }

    private static String firstOf(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException("no year in " + m.group());
    }

    private static int amount(String words) {
        String w = lower(words);
        return NUMBERS.containsKey(w) ? NUMBERS.get(w) : Integer.parseInt(w);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new java.util.HashMap<>();
        String[] en = EN_MONTHS.split("\\|");
        for (int i = 0; i < en.length; i++) {
            months.put(en[i], i + 1);
        }
        String[] es = ES_MONTHS.split("\\|");
        for (int i = 0, month = 1; i < es.length; i++) {
            months.put(es[i], es[i].equals("setiembre") ? 9 : month++);
        }
        return Map.copyOf(months);
    }

    private static Map<String, Integer> numbers() {
        Map<String, Integer> n = new java.util.HashMap<>();
        String[] en = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
        String[] es = {"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"};
        for (int i = 0; i < en.length; i++) {
            n.put(en[i], i + 1);
            n.put(es[i], i + 1);
        }
        n.putAll(Map.of("a", 1, "an", 1, "un", 1, "una", 1, "eighteen", 18, "twenty-four", 24, "dieciocho", 18,
                "veinticuatro", 24, "thirty", 30, "treinta", 30));
        n.putAll(Map.of("sixty", 60, "ninety", 90, "sesenta", 60, "noventa", 90));
        return Map.copyOf(n);
    }
}
