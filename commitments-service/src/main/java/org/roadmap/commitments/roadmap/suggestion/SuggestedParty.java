package org.roadmap.commitments.roadmap.suggestion;

import jakarta.annotation.Nullable;

/**
 * A party of a road map as the import recognised it in the text, with the capital and time zone
 * its meetings are shown in.
 *
 * @param country    ISO 3166-1 alpha-2
 * @param capital    absent for a country the platform's table of countries does not hold
 * @param zone       IANA time zone of the capital; absent likewise
 * @param evidence   the words of the text that name it
 * @param confidence in [0, 1]
 */
public record SuggestedParty(String country, String name, @Nullable String capital, @Nullable String zone,
        String evidence, double confidence) {
}
