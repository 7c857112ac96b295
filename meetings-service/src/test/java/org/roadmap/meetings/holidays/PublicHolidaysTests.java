package org.roadmap.meetings.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roadmap.meetings.config.MeetingsProperties;

class PublicHolidaysTests {

    private final PublicHolidays holidays = new PublicHolidays(new MeetingsProperties(null, LocalDate.of(2033, 12, 31),
            null, null, null, "test", false, null, null));

    @Test
    void flagsAMeetingOnAJapaneseHolidayInTokyo() {
        assertThat(holidays.during(Instant.parse("2025-11-03T01:00:00Z"), Instant.parse("2025-11-03T05:00:00Z")))
                .extracting(PublicHolidays.PublicHoliday::country, PublicHolidays.PublicHoliday::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JP", LocalDate.of(2025, 11, 3)));
    }

    @Test
    void flagsAMeetingOnPerusIndependenceDayInLima() {
        assertThat(holidays.during(Instant.parse("2025-07-28T15:00:00Z"), Instant.parse("2025-07-28T19:00:00Z")))
                .anyMatch(h -> h.country().equals("PE") && h.name().contains("Independence"));
    }

    @Test
    void checksEachPartyOnItsOwnDateSoTenInLimaIsTheNextDayInTokyo() {
        // 10:00 on Sunday 2 November in Lima is 00:00 on Monday 3 November, Culture Day, in Tokyo.
        assertThat(holidays.during(Instant.parse("2025-11-02T15:00:00Z"), Instant.parse("2025-11-02T17:00:00Z")))
                .extracting(PublicHolidays.PublicHoliday::country).containsExactly("JP");
    }

    @Test
    void flagsNothingOnAnOrdinaryWorkingDay() {
        assertThat(holidays.during(Instant.parse("2025-09-17T01:00:00Z"), Instant.parse("2025-09-17T05:00:00Z"))).isEmpty();
    }

    /**
     * Every national holiday of both parties, year by year, as the Cabinet Office of Japan and
     * Peru's laws list them (month-day): a missing or extra one fails here.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedHolidays")
    void knowsEveryHolidayOfBothPartiesAsTheirGovernmentsPublishThem(int year, String japan, String peru) {
        assertThat(holidaysOf("JP", year)).isEqualTo(List.of(japan.split(" ")));
        assertThat(holidaysOf("PE", year)).isEqualTo(List.of(peru.split(" ")));
    }

    static Stream<Arguments> publishedHolidays() {
        return Stream.of(
                arguments(2024, "01-01 01-08 02-11 02-12 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-15 08-11 08-12 09-16 09-22 09-23 10-14 11-03 11-04 11-23",
                        "01-01 03-28 03-29 05-01 06-07 06-29 07-23 07-28 07-29 08-06 08-30 10-08 11-01 12-08 12-09 12-25"),
                arguments(2025, "01-01 01-13 02-11 02-23 02-24 03-20 04-29 05-03 05-04 05-05 05-06 07-21 08-11 09-15 09-23 10-13 11-03 11-23 11-24",
                        "01-01 04-17 04-18 05-01 06-07 06-29 07-23 07-28 07-29 08-06 08-30 10-08 11-01 12-08 12-09 12-25"),
                arguments(2026, "01-01 01-12 02-11 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-20 08-11 09-21 09-22 09-23 10-12 11-03 11-23",
                        "01-01 04-02 04-03 05-01 06-07 06-29 07-23 07-28 07-29 08-06 08-30 10-08 11-01 12-08 12-09 12-25"),
                arguments(2027, "01-01 01-11 02-11 02-23 03-21 03-22 04-29 05-03 05-04 05-05 07-19 08-11 09-20 09-23 10-11 11-03 11-23",
                        "01-01 03-25 03-26 05-01 06-07 06-29 07-23 07-28 07-29 08-06 08-30 10-08 11-01 12-08 12-09 12-25"),
                arguments(2028, "01-01 01-10 02-11 02-23 03-20 04-29 05-03 05-04 05-05 07-17 08-11 09-18 09-22 10-09 11-03 11-23",
                        "01-01 04-13 04-14 05-01 06-07 06-29 07-23 07-28 07-29 08-06 08-30 10-08 11-01 12-08 12-09 12-25"),
                arguments(2029, "01-01 01-08 02-11 02-12 02-23 03-20 04-29 04-30 05-03 05-04 05-05 07-16 08-11 09-17 09-23 09-24 10-08 11-03 11-23",
                        "01-01 03-29 03-30 05-01 06-07 06-29 07-23 07-28 07-29 08-06 08-30 10-08 11-01 12-08 12-09 12-25"),
                arguments(2030, "01-01 01-14 02-11 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-15 08-11 08-12 09-16 09-23 10-14 11-03 11-04 11-23",
                        "01-01 04-18 04-19 05-01 06-07 06-29 07-23 07-28 07-29 08-06 08-30 10-08 11-01 12-08 12-09 12-25"),
                arguments(2031, "01-01 01-13 02-11 02-23 02-24 03-21 04-29 05-03 05-04 05-05 05-06 07-21 08-11 09-15 09-23 10-13 11-03 11-23 11-24",
                        "01-01 04-10 04-11 05-01 06-07 06-29 07-23 07-28 07-29 08-06 08-30 10-08 11-01 12-08 12-09 12-25"),
                arguments(2032, "01-01 01-12 02-11 02-23 03-20 04-29 05-03 05-04 05-05 07-19 08-11 09-20 09-21 09-22 10-11 11-03 11-23",
                        "01-01 03-25 03-26 05-01 06-07 06-29 07-23 07-28 07-29 08-06 08-30 10-08 11-01 12-08 12-09 12-25"),
                arguments(2033, "01-01 01-10 02-11 02-23 03-20 03-21 04-29 05-03 05-04 05-05 07-18 08-11 09-19 09-23 10-10 11-03 11-23",
                        "01-01 04-14 04-15 05-01 06-07 06-29 07-23 07-28 07-29 08-06 08-30 10-08 11-01 12-08 12-09 12-25"));
    }

    @Test
    void namesTheHolidaysTheOldCalendarGotWrong() {
        assertThat(holidays.on("JP", LocalDate.of(2027, 12, 23))).isEmpty();
        assertThat(holidays.on("JP", LocalDate.of(2028, 2, 23)).orElseThrow().name()).isEqualTo("Emperor's Birthday");
        assertThat(holidays.on("JP", LocalDate.of(2027, 3, 21)).orElseThrow().name()).isEqualTo("Vernal Equinox Day");
        assertThat(holidays.on("JP", LocalDate.of(2026, 9, 22)).orElseThrow().name()).isEqualTo("Citizens' Holiday");
        assertThat(holidays.on("PE", LocalDate.of(2027, 12, 9)).orElseThrow().name()).isEqualTo("Battle of Ayacucho");
        assertThat(holidays.on("PE", LocalDate.of(2027, 6, 7))).isPresent();
        assertThat(holidays.on("PE", LocalDate.of(2027, 8, 6))).isPresent();
    }

    private List<String> holidaysOf(String country, int year) {
        List<String> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (holidays.on(country, day).isPresent()) {
                days.add(day.toString().substring(5));
            }
        }
        return days;
    }
}
