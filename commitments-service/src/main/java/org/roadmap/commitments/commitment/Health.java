package org.roadmap.commitments.commitment;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The health flag a responsible agency gives its commitment, from best to worst. */
public enum Health {

    ON_TRACK("on-track"),
    AT_RISK("at-risk"),
    OFF_TRACK("off-track");

    private final String code;

    Health(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Health ofCode(String code) {
        return Arrays.stream(values()).filter(h -> h.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + codes()));
    }

    public static String codes() {
        return Arrays.stream(values()).map(Health::code).collect(Collectors.joining(", "));
    }

    static Health worse(Health a, Health b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
