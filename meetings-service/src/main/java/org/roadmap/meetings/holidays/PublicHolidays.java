package org.roadmap.meetings.holidays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.roadmap.meetings.config.MeetingsProperties;
import org.roadmap.meetings.config.MeetingsProperties.Party;
import org.springframework.stereotype.Component;

/**
 * Flags dates that are public holidays in a party: as the governments publish them for the years
 * {@link PublishedHolidays} covers (2024-2033 for Japan and Peru), as Jollyday knows them otherwise.
 * A meeting is checked on each day it touches in each party's own zone: 10:00 in Lima is already the
 * next day in Tokyo.
 */
@Component
public class PublicHolidays {

    /** A public holiday on a meeting's date in one party. */
    public record PublicHoliday(String country, LocalDate date, String name) {
    }

    private final List<Party> parties;
    private final PublishedHolidays published = PublishedHolidays.load();
    private final Map<String, Optional<HolidayManager>> managers = new ConcurrentHashMap<>();
    private final Map<String, Set<Holiday>> byCountryYear = new ConcurrentHashMap<>();

    public PublicHolidays(MeetingsProperties properties) {
        this.parties = properties.parties();
    }

    /** The parties' public holidays on the days from {@code start} to {@code end}, each in the party's zone. */
    public List<PublicHoliday> during(Instant start, Instant end) {
        List<PublicHoliday> found = new ArrayList<>();
        for (Party party : parties) {
            ZoneId zone = ZoneId.of(party.timeZone());
            LocalDate first = start.atZone(zone).toLocalDate();
            LocalDate last = (end == null ? start : end.minusSeconds(1)).atZone(zone).toLocalDate();
            for (LocalDate day = first; !day.isAfter(last) && !day.isAfter(first.plusDays(14)); day = day.plusDays(1)) {
                on(party.country(), day).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(PublicHoliday::date).thenComparing(PublicHoliday::country));
        return found;
    }

    public Optional<PublicHoliday> on(String country, LocalDate day) {
        if (published.covers(country, day.getYear())) {
            return published.on(country, day).map(name -> new PublicHoliday(country, day, name));
        }
        return holidays(country, day.getYear()).stream()
                .filter(h -> h.getActualDate().equals(day))
                .findFirst()
                .map(h -> new PublicHoliday(country, day, h.getDescription(Locale.ENGLISH)));
    }

    private Set<Holiday> holidays(String country, int year) {
        return byCountryYear.computeIfAbsent(country + ":" + year, key -> manager(country)
                .map(m -> m.getHolidays(Year.of(year))).orElse(Set.of()));
    }

    private Optional<HolidayManager> manager(String country) {
        return managers.computeIfAbsent(country, c -> {
            try {
                return Optional.of(HolidayManager.getInstance(ManagerParameters.create(c.toLowerCase(Locale.ROOT))));
            } catch (RuntimeException unsupported) {
                return Optional.empty();
            }
        });
    }
}
