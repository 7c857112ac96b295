package org.roadmap.commitments.roadmap.suggestion;

import java.text.Normalizer;
import java.util.Locale;

/** Ids made of words: the ids of suggested series, learned gazetteer entries and imported road maps. */
public final class Slugs {

    private Slugs() {
    }

    /** Lower-case letters and digits joined by dashes, accents dropped, cut at a dash to at most {@code maxLength}. */
    public static String of(String words, int maxLength) {
        String plain = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() <= maxLength) {
            return slug;
        }
        String cut = slug.substring(0, maxLength);
        return cut.substring(0, Math.max(cut.lastIndexOf('-'), maxLength / 5)).replaceAll("-$", "");
    }
}
