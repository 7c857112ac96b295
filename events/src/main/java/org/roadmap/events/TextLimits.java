package org.roadmap.events;

/**
 * The longest text the producing service takes, by its API and by every other way in (an import, an offer), in the
 * fields of its events that other services keep. The published schemas leave these fields open, as a schema is never
 * narrowed once published (ADR 5); a consumer that keeps one of them refuses longer text, which no producer sends,
 * rather than storing it and showing it in every list, e-mail and feed. Lengths count UTF-16 units, as the APIs'
 * {@code @Size} does.
 */
public final class TextLimits {

    /** A commitment's title, and a milestone's. */
    public static final int COMMITMENT_TITLE = 300;
    /** The name of a responsible entity (a ministry, an agency). */
    public static final int ENTITY_NAME = 300;
    /** A meeting series' title, which its meetings' events carry. */
    public static final int SERIES_TITLE = 300;
    /** A meeting series' organiser. */
    public static final int ORGANISER = 300;
    /** The name of a city, a party or a capital. */
    public static final int PLACE_NAME = 100;
    /** A time zone's IANA id, e.g. {@code America/Argentina/ComodRivadavia} (32). */
    public static final int TIME_ZONE = 64;
    /**
     * Who made a change, as events name them ({@code recordedBy}, {@code offeredBy}): a person's name and sign-in,
     * which the identity provider sets and no API limits, so every service fits it to this ({@link #fitted}).
     */
    public static final int ACTOR = 300;
    /**
     * An id or a reference ({@link Identifier}): a UUID (36), a road map's or a series' id (up to 100, as the APIs
     * take them), a meeting's (its series' id and its number or date), a reference such as {@code II.7}. The schemas
     * of the commitment events give their commitment's and road map's ids this {@code maxLength} already.
     */
    public static final int ID = 200;

    private TextLimits() {
    }

    /**
     * {@code text} as a producer gives it where it made it from other texts (names joined, outcomes listed): whole
     * when it fits in {@code longest} UTF-16 units, else cut at a whole character with an ellipsis, in {@code longest}.
     */
    public static String fitted(String text, int longest) {
        if (text.length() <= longest) {
            return text;
        }
        int end = longest - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
