package org.roadmap.meetings.holidays;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parties' national public holidays as their governments publish them, kept as data
 * ({@code holidays/public-holidays.csv}: {@code country,date,name}) for the years the file covers.
 * Jollyday's calendars had Japan's Emperor's Birthday on its pre-2020 date and lacked the equinox
 * days and Peru's holidays added since 2022.
 */
final class PublishedHolidays {

    static final String RESOURCE = "/holidays/public-holidays.csv";

    private final Map<String, Map<LocalDate, String>> byCountry = new HashMap<>();
    private final Set<String> coveredYears = new HashSet<>();

    private PublishedHolidays() {
    }

    static PublishedHolidays load() {
        PublishedHolidays holidays = new PublishedHolidays();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                PublishedHolidays.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", 3);
                LocalDate date = LocalDate.parse(cells[1]);
                holidays.byCountry.computeIfAbsent(cells[0], c -> new HashMap<>()).put(date, cells[2]);
                holidays.coveredYears.add(cells[0] + ":" + date.getYear());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return holidays;
    }

    /** Whether the file lists {@code country}'s holidays of {@code year}; when not, another calendar must answer. */
    boolean covers(String country, int year) {
        return coveredYears.contains(country + ":" + year);
    }

    /** The holiday's name on {@code day}, if it is one. */
    Optional<String> on(String country, LocalDate day) {
        return Optional.ofNullable(byCountry.getOrDefault(country, Map.of()).get(day));
    }
}
