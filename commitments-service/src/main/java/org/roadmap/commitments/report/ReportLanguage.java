package org.roadmap.commitments.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The languages a report is written in: those of the two governments' staff, and English between them. */
public enum ReportLanguage {

    EN("en"),
    ES("es"),
    JA("ja");

    private final String tag;

    ReportLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a tag such as {@code es}; region subtags are not offered, so {@code es-PE} is not one. */
    public static Optional<ReportLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag.strip())).findFirst();
    }

    public static String tags() {
        return Arrays.stream(values()).map(ReportLanguage::tag).collect(Collectors.joining(", "));
    }
}
