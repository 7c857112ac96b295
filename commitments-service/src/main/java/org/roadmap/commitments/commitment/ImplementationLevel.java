package org.roadmap.commitments.commitment;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Open Government Partnership's implementation scale, in order. {@link #score()} is the
 * share of the commitment done, for the weighted progress roll-up.
 */
public enum ImplementationLevel {

    NO_EVIDENCE("no-evidence", 0.0),
    NOT_STARTED("not-started", 0.0),
    LIMITED("limited", 1.0 / 3),
    SUBSTANTIAL("substantial", 2.0 / 3),
    COMPLETE("complete", 1.0);

    private final String code;
    private final double score;

    ImplementationLevel(String code, double score) {
        this.code = code;
        this.score = score;
    }

    public String code() {
        return code;
    }

    public double score() {
        return score;
    }

    public static ImplementationLevel ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + codes()));
    }

    public static String codes() {
        return Arrays.stream(values()).map(ImplementationLevel::code).collect(Collectors.joining(", "));
    }

    static ImplementationLevel lower(ImplementationLevel a, ImplementationLevel b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
