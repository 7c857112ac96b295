package org.roadmap.commitments.commitment;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How often a commitment recurs, as its text says. */
public enum Cadence {

    ONE_OFF("one-off"),
    ANNUAL("annual"),
    BIENNIAL("biennial"),
    PERIODIC("periodic"),
    ONGOING("ongoing");

    private final String code;

    Cadence(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Cadence ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of "
                        + Arrays.stream(values()).map(Cadence::code).collect(Collectors.joining(", "))));
    }
}
