package org.roadmap.commitments.report.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import org.roadmap.commitments.report.AnnualReport;
import org.roadmap.commitments.report.AnnualReport.ChangeEntry;
import org.roadmap.commitments.report.AnnualReport.Disagreement;
import org.springframework.context.MessageSource;

/**
 * What the report's template asks for in the reader's language: dates as the language writes them
 * ("17 de noviembre de 2025", "2025年11月17日"), percentages, names of levels, health and sides,
 * and each change of the period as a sentence. Plain strings; the template escapes them.
 */
final class ReportFormat {

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;
    private final AnnualReport report;
    private final DateTimeFormatter dates;

    ReportFormat(MessageSource messages, Locale locale, ZoneId zone, AnnualReport report) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
        this.report = report;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** The year as a word, not a number MessageFormat would write as "2,025". */
    public String year() {
        return String.valueOf(report.period().year());
    }

    /**
     * The language of the road maps' own data (commitment titles, entity names): English, as the
     * texts are imported; marked in the page so a screen reader reads it as English.
     */
    public String dataLang() {
        return "en";
    }

    public String zone() {
        return zone.getId();
    }

    public String date(LocalDate date) {
        return date == null ? text("report.noDate") : dates.format(date);
    }

    /** The day of an instant where deadlines are counted, so it matches the period's days. */
    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    public String percent(double share) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        return percent.format(share);
    }

    public String label(String code) {
        return report.labels().getOrDefault(code, code);
    }

    /** A side after an entity's name: "(Perú)", "（ペルー）". */
    public String sideOf(String country) {
        return text("report.sideOf", side(country));
    }

    public String side(String country) {
        return report.sides().stream().filter(s -> s.country().equals(country)).map(AnnualReport.Side::name)
                .findFirst().orElse(country);
    }

    /** One side's level and health on a disputed commitment, or a dash where that side has not reported. */
    public String assessment(Disagreement disagreement, String country) {
        return disagreement.assessments().stream().filter(a -> a.country().equals(country))
                .map(a -> text("report.assessment", label(a.level()), inSentence(a.health()))).findFirst().orElse("—");
    }

    public String change(ChangeEntry change) {
        Map<String, Object> before = change.before() == null ? Map.of() : change.before();
        Map<String, Object> after = change.after() == null ? Map.of() : change.after();
        return switch (change.kind()) {
            case "progress-reported" -> after.containsKey("meetingId") ? text("report.change.meeting")
                    : text("report.change.progress-reported", side(string(after, "country")),
                            inSentence(string(after, "level")), inSentence(string(after, "health")));
            case "level-changed" -> text("report.change.level-changed", inSentence(string(before, "level")),
                    inSentence(string(after, "level")));
            case "health-changed" -> text("report.change.health-changed", inSentence(string(before, "health")),
                    inSentence(string(after, "health")));
            case "deadline-changed" -> text("report.change.deadline-changed", date(localDate(before, "deadline")),
                    date(localDate(after, "deadline")));
            case "milestone-reached" -> text("report.change.milestone-reached", string(after, "title"),
                    date(localDate(after, "actualDate")));
            default -> change.kind();
        };
    }

    /**
     * A level or health name inside a sentence: "limitado", not "Limitado". The names are capitalised
     * for headings and cells; none of them starts with a proper noun in the languages offered.
     */
    private String inSentence(String code) {
        String name = label(code);
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(locale) + name.substring(1);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String string(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }

    private static LocalDate localDate(Map<String, Object> values, String key) {
        String value = string(values, key);
        return value == null ? null : LocalDate.parse(value);
    }
}
