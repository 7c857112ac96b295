package org.roadmap.events;

/**
 * The most items the producing service takes, by its API and by every other way in (an import, an offer), in the
 * lists of its events that other services keep. As with {@link TextLimits}, the published schemas leave the lists
 * open (a schema is never narrowed once published, ADR 5); a consumer that keeps one refuses a longer one, which no
 * producer sends, rather than keeping it in a document that every later write rewrites.
 */
public final class ListLimits {

    /** The entities responsible for a commitment. */
    public static final int RESPONSIBLE_ENTITIES = 50;
    /**
     * The commitments a meeting series serves: its events' {@code commitmentIds} and {@code commitmentReferences},
     * and those its meetings' and cadence periods' events carry.
     */
    public static final int SERIES_COMMITMENTS = 50;
    /** The commitments on a held meeting's agenda. */
    public static final int AGENDA = 50;
    /** A held meeting's outcomes. */
    public static final int OUTCOMES = 100;
    /** A meeting series' venues. */
    public static final int VENUES = 10;
    /** A road map's parties, which an offered series names; an alternating series meets in each one's capital. */
    public static final int PARTIES = VENUES;

    private ListLimits() {
    }
}
