package org.roadmap.commitments.roadmap;

import java.time.LocalDate;
import java.util.List;

/**
 * A road map document as written: header fields, then pillars of numbered items.
 *
 * @param signedOn the {@code [Date]} of the document, the day the road map was signed
 */
public record RoadMapDocument(String title, String place, LocalDate signedOn, String source, String preamble,
        List<Pillar> pillars) {

    public int itemCount() {
        return pillars.stream().mapToInt(p -> p.items().size()).sum();
    }

    /**
     * @param numeral the pillar's roman numeral, e.g. {@code II}
     * @param title   as printed, e.g. {@code ECONOMIC PILLAR}
     */
    public record Pillar(String numeral, int number, String title, List<Item> items) {
    }

    /** A numbered item of a pillar: one commitment. Paragraphs split by blank lines are joined. */
    public record Item(String reference, int number, String text) {
    }
}
