package org.roadmap.commitments.roadmap;

/** Pillar numerals, I to L. */
final class RomanNumerals {

    private static final int[] VALUES = {50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumerals() {
    }

    static String of(int value) {
        StringBuilder numeral = new StringBuilder();
        int rest = value;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                numeral.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return numeral.toString();
    }

    /** The value of a well-formed numeral; 0 for anything else, so a malformed heading is reported. */
    static int value(String numeral) {
        for (int value = 1; value <= 50; value++) {
            if (of(value).equals(numeral)) {
                return value;
            }
        }
        return 0;
    }
}
