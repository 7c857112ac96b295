package org.roadmap.notifications.recipient;

import java.util.Arrays;
import java.util.Locale;

/** The languages alerts are written in. */
public enum Language {

    EN("en", Locale.forLanguageTag("en-GB")),
    ES("es", Locale.forLanguageTag("es-PE")),
    JA("ja", Locale.forLanguageTag("ja-JP"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    /** The locale that dates, times and zone names are formatted in. */
    public Locale locale() {
        return locale;
    }

    /** @throws IllegalArgumentException for anything but {@code en}, {@code es} and {@code ja} */
    public static Language ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of en, es, ja"));
    }
}
